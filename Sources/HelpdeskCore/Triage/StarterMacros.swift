/// The canned responses every new database starts with: the everyday answers of an internal IT
/// helpdesk, in English and German. Admins change them with `helpdesk macro add/remove`.
extension Macro {
    static let starterSet: [Macro] = [
        Macro(name: "Password reset done", body: """
            Hello {requester},

            your password has been reset. Please sign in with the temporary password you received by \
            text message and choose a new one (at least 12 characters).

            Best regards,
            {agent}
            """, setStatus: .solved, setCategory: "account", createdBy: "system", createdAt: 0),
        Macro(name: "Passwort zurückgesetzt", body: """
            Hallo {requester},

            Ihr Passwort wurde zurückgesetzt. Bitte melden Sie sich mit dem Einmalpasswort aus der SMS an \
            und vergeben Sie ein neues (mindestens 12 Zeichen).

            Viele Grüße
            {agent}
            """, setStatus: .solved, setCategory: "account", createdBy: "system", createdAt: 0),
        Macro(name: "Need more information", body: """
            Hello {requester},

            thank you for your request {ticket}. To help you quickly we need a few more details:
            - What exactly did you do when the problem occurred?
            - The exact error message (a screenshot helps)
            - Your computer name (on the sticker, e.g. NW-LT-1234)

            Best regards,
            {agent}
            """, setStatus: .pending, createdBy: "system", createdAt: 0),
        Macro(name: "Rückfrage: weitere Informationen", body: """
            Hallo {requester},

            danke für Ihre Anfrage {ticket}. Damit wir schnell helfen können, brauchen wir noch:
            - Was genau haben Sie getan, als der Fehler auftrat?
            - Die genaue Fehlermeldung (gern als Screenshot)
            - Ihren Rechnernamen (Aufkleber, z. B. NW-LT-1234)

            Viele Grüße
            {agent}
            """, setStatus: .pending, createdBy: "system", createdAt: 0),
        Macro(name: "Working on it", body: """
            Hello {requester},

            we are working on "{subject}" and will get back to you as soon as we know more.

            Best regards,
            {agent}
            """, setStatus: .open, createdBy: "system", createdAt: 0),
        Macro(name: "Solved: please confirm", body: """
            Hello {requester},

            we believe {ticket} is solved. If anything still does not work, simply reply to this message \
            and the ticket opens again.

            Best regards,
            {agent}
            """, setStatus: .solved, createdBy: "system", createdAt: 0),
        Macro(name: "Phishing report: thank you", body: """
            Hello {requester},

            thank you for reporting the suspicious message. Our security team has blocked the sender. \
            Please delete the message and do not click its links. If you already entered your password, \
            tell us at once.

            Best regards,
            {agent}
            """, setStatus: .solved, setCategory: "security", addTags: ["phishing"], createdBy: "system", createdAt: 0),
        Macro(name: "Escalated to second level", body: """
            Hello {requester},

            your request {ticket} needs a closer look by our second-level team, who will contact you. \
            You do not need to do anything right now.

            Best regards,
            {agent}
            """, createdBy: "system", createdAt: 0),
    ]
}
