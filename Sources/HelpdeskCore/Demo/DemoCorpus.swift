// The words the demo data generator draws from: a fictional company group
// ("Nordwind Gruppe", nordwind.example) with a German/English helpdesk.
// Pure data, no logic; the generator picks from these lists with a seeded PRNG.

// MARK: - Seed types

/// One seed agent of the demo team.
struct DemoAgentSeed: Sendable {
    let login: String
    let name: String
    /// "agent" | "supervisor" | "admin"
    let role: String
    /// 1...3
    let tier: Int
}

/// One department or subsidiary whose people open tickets.
struct DemoOrganizationSeed: Sendable {
    let name: String
    /// E-mail domain of its requesters.
    let domain: String
    /// Requesters mostly write German.
    let german: Bool
}

/// The words of one kind of problem in one language.
struct DemoScript: Sendable {
    /// Subject lines; may use placeholders {device} {app} {room} {floor} {site} {number} {printer}.
    let subjects: [DemoTemplate]
    /// First messages from the requester.
    let openings: [DemoTemplate]
    /// Later messages from the requester.
    let followUps: [DemoTemplate]
    /// Public agent replies; may use {requester}, {agent} and {ticket}.
    let replies: [DemoTemplate]
    /// Internal notes between agents.
    let notes: [DemoTemplate]
}

/// One kind of problem, in both languages.
struct DemoScenario: Sendable {
    /// One of: account, network, vpn, printing, email, sap, hardware, wifi, software, security, phone, access.
    let category: String
    /// The tier where it usually lands (1 simple, 2 deeper, 3 system-critical).
    let tier: Int
    /// Relative frequency.
    let weight: Int
    /// Typical priorities from low, normal, high, urgent (repeated to weight them).
    let priorities: [String]
    /// Lowercase tags.
    let tags: [String]
    let english: DemoScript
    let german: DemoScript
    /// Reasons an agent gives when escalating to the next tier.
    let escalationReasons: [String]
}

/// One knowledge base article.
struct DemoArticleSeed: Sendable {
    let title: String
    let tags: [String]
    /// Markdown.
    let body: String
}

// MARK: - People and places

enum DemoCorpus {
    static let agents: [DemoAgentSeed] = [
        // Tier 1: service desk
        DemoAgentSeed(login: "mkeller", name: "Miriam Keller", role: "supervisor", tier: 1),
        DemoAgentSeed(login: "lhuber", name: "Lukas Huber", role: "agent", tier: 1),
        DemoAgentSeed(login: "sbrunner", name: "Sandra Brunner", role: "agent", tier: 1),
        DemoAgentSeed(login: "aoezdemir", name: "Ayşe Özdemir", role: "agent", tier: 1),
        DemoAgentSeed(login: "jweber", name: "Jonas Weber", role: "agent", tier: 1),
        DemoAgentSeed(login: "pkowalski", name: "Piotr Kowalski", role: "agent", tier: 1),
        DemoAgentSeed(login: "lnguyen", name: "Linh Nguyen", role: "agent", tier: 1),
        // Tier 2: second level / application support
        DemoAgentSeed(login: "fzimmermann", name: "Frank Zimmermann", role: "supervisor", tier: 2),
        DemoAgentSeed(login: "cgruber", name: "Claudia Gruber", role: "agent", tier: 2),
        DemoAgentSeed(login: "rmeier", name: "Reto Meier", role: "agent", tier: 2),
        DemoAgentSeed(login: "dsantos", name: "Daniela Santos", role: "agent", tier: 2),
        DemoAgentSeed(login: "mschmid", name: "Matthias Schmid", role: "agent", tier: 2),
        // Tier 3: infrastructure and SAP basis
        DemoAgentSeed(login: "kbauer", name: "Katrin Bauer", role: "admin", tier: 3),
        DemoAgentSeed(login: "obrennan", name: "Owen Brennan", role: "agent", tier: 3),
        DemoAgentSeed(login: "elindqvist", name: "Erik Lindqvist", role: "agent", tier: 3),
    ]

    static let organizations: [DemoOrganizationSeed] = [
        DemoOrganizationSeed(name: "Finanzen & Controlling", domain: "nordwind.example", german: true),
        DemoOrganizationSeed(name: "Logistik Nord", domain: "logistik.nordwind.example", german: true),
        DemoOrganizationSeed(name: "Sales EMEA", domain: "sales.nordwind.example", german: false),
        DemoOrganizationSeed(name: "Forschung & Entwicklung", domain: "fe.nordwind.example", german: true),
        DemoOrganizationSeed(name: "Werk Augsburg", domain: "augsburg.nordwind.example", german: true),
        DemoOrganizationSeed(name: "Personal & Recht", domain: "hr.nordwind.example", german: true),
        DemoOrganizationSeed(name: "Nordwind Schweiz AG", domain: "ch.nordwind.example", german: true),
        DemoOrganizationSeed(name: "Nordwind Digital Services", domain: "digital.nordwind.example", german: false),
    ]

    static let firstNames: [String] = [
        "Anna", "Lena", "Sophie", "Marie", "Laura", "Julia", "Katharina", "Sabine", "Petra", "Monika",
        "Ursula", "Birgit", "Jana", "Nina", "Franziska", "Theresa", "Elif", "Zeynep", "Magdalena", "Aleksandra",
        "Chiara", "Giulia", "Inês", "Emma", "Olivia", "Priya", "Mei", "Ingrid", "Hannah", "Renate",
        "Thomas", "Michael", "Andreas", "Stefan", "Christian", "Markus", "Daniel", "Tobias", "Florian", "Sebastian",
        "Jan", "Niklas", "Felix", "Maximilian", "Jürgen", "Uwe", "Klaus", "Dieter", "Mehmet", "Emre",
        "Luca", "Marco", "João", "Tomasz", "Krzysztof", "Dmitri", "Rahul", "Wei", "Kenji", "James",
        "David", "Lars", "Björn", "Georg", "Urs", "Beat", "Noah", "Leon", "Paul", "Ole",
    ]

    static let lastNames: [String] = [
        "Müller", "Schmidt", "Schneider", "Fischer", "Wagner", "Becker", "Schulz", "Hoffmann", "Schäfer", "Koch",
        "Richter", "Klein", "Wolf", "Schröder", "Neumann", "Schwarz", "Braun", "Hofmann", "Hartmann", "Krüger",
        "Lange", "Werner", "Lehmann", "Köhler", "Maier", "Mayer", "Huber", "Steiner", "Moser", "Wimmer",
        "Pichler", "Egger", "Frei", "Widmer", "Baumann", "Gerber", "Kälin", "Yılmaz", "Kaya", "Demir",
        "Şahin", "Nowak", "Wiśniewski", "Kowalczyk", "Rossi", "Russo", "Ferrari", "Silva", "Costa", "Pereira",
        "García", "Fernández", "Petrov", "Novák", "Horváth", "Andersson", "Jensen", "Nielsen", "Smith", "O'Connor",
        "Patel", "Sharma", "Chen", "Wang", "Tanaka", "Dubois", "Lefèvre", "de Vries", "Janssen", "van Dijk",
        "Vogt", "Seidel", "Brandt", "Haas", "Graf", "Lorenz", "Böhm", "Jäger", "Weiß", "Voß",
    ]

    /// Values for the placeholders in subject lines.
    static let placeholders: [String: [String]] = [
        "device": [
            "Lenovo ThinkPad T14 Gen 3", "Lenovo ThinkPad X1 Carbon", "Dell Latitude 5440", "Dell Latitude 7440",
            "HP EliteBook 840 G9", "HP EliteBook 860 G10", "Surface Pro 9", "Dell OptiPlex 7010",
            "Fujitsu Esprimo D7012", "MacBook Pro 14", "Lenovo ThinkCentre M70q", "Panasonic Toughbook 55",
        ],
        "app": [
            "Outlook", "Teams", "SAP GUI", "Excel", "Adobe Acrobat Pro", "DATEV", "AutoCAD LT", "Power BI Desktop",
            "Citrix Workspace", "SharePoint", "OneDrive", "Jira", "Confluence", "SolidWorks", "Visual Studio Code",
            "Personio", "Microsoft Edge", "Notepad++",
        ],
        "room": [
            "A1.05", "A2.17", "B2.14", "B3.01", "C0.12", "C4.22", "D1.08", "Elbe", "Weser", "Alster",
            "Lech", "Wertach", "Rhein", "Aare", "Werkstatt 2", "Lager West",
        ],
        "floor": ["1", "2", "3", "4", "5"],
        "site": ["Hamburg", "Augsburg", "Bremen", "Zürich", "Wien", "Leipzig", "Rotterdam", "Lisboa"],
        "number": [
            "10234", "10877", "11402", "12965", "20871", "21338", "23050", "31456",
            "34119", "40022", "41873", "52210", "58804", "63317", "70145", "88231",
        ],
        "printer": [
            "PRN-HH-2-01 (HP LaserJet M507)", "PRN-HH-3-04 (Kyocera TASKalfa 3554ci)",
            "PRN-AUG-1-02 (Canon imageRUNNER C5840i)", "PRN-AUG-LAGER (Zebra ZT410)",
            "PRN-BRE-EG-01 (Brother HL-L6400DW)", "PRN-ZH-2-03 (Ricoh IM C3000)",
            "PRN-WIE-1-01 (Lexmark MX622)", "PRN-HH-4-02 (HP Color LaserJet M555)",
        ],
    ]

    static let scenarios: [DemoScenario] = [
        passwordReset, accountLocked, mfa, vpn, printing, outlook, sapAccess, sapError,
        laptopProblem, newLaptop, wifi, softwareInstall, phishing, sharedDrive, phoneHeadset,
        teamsMeeting, lanPort, outage, erpPerformance, backupRestore,
    ]
}

// MARK: - Scenarios: accounts

extension DemoCorpus {
    private static let passwordReset = DemoScenario(
        category: "account", tier: 1, weight: 30,
        priorities: ["normal", "normal", "normal", "high", "low"],
        tags: ["password", "account", "sspr"],
        english: DemoScript(
            subjects: [
                "Password expired, can't log in",
                "Forgot my password",
                "Password reset please",
                "Cannot log in to {device} after holiday",
                "Password change not accepted",
                "Locked out of Windows and {app}",
                "Need new password - urgent, customer call at 10",
                "Self-service password reset does not send SMS",
                "New password works in Windows but not in {app}",
            ],
            openings: [
                "Hi, I came back from parental leave today and my password has expired. Windows says \u{201C}Your password has expired and must be changed\u{201D} but then it won't accept anything I type. Can you help?",
                "Forgot my password. Please reset.",
                "Hello IT, I tried the self-service portal three times but I never get the text message with the code. My mobile number might be the old one from before I switched teams. I really need to get into my mails today.",
                "Good morning, I changed my password yesterday evening and today it works for the laptop but Outlook and Teams keep asking for the password again and again. The new one is not accepted there. Very annoying, I have a meeting in 20 minutes.",
                "Hi, I keep getting \u{201C}The password does not meet the password policy requirements\u{201D}. I used 12 characters with a number and a capital letter. What exactly is the rule?",
                "Dear support team, I am writing from my colleague's PC because I cannot log in at all anymore. I think I typed my old password too often and now I also don't remember the new one. Could someone please call me at the office? Many thanks.",
            ],
            followUps: [
                "Got it, I'm in. Thanks a lot!",
                "The temporary password works but now it asks me to set up MFA again, is that normal?",
                "Still not working, it says the password was changed too recently.",
                "Outlook is fine now, only Teams on my phone still complains.",
                "Sorry, I was in meetings all day. Can you call me tomorrow morning instead?",
            ],
            replies: [
                "Hi {requester}, I've set a temporary password and sent it to your manager by SMS as agreed. Please log in and choose a new password right away (at least 12 characters, not one of your last 10). Best regards, {agent}",
                "Hi {requester}, your password has expired. You can change it yourself at https://passwort.nordwind.example, even from your phone. If the SMS code doesn't arrive, please reply here and I'll update your mobile number. Regards, {agent}",
                "Hello {requester}, the prompts in Outlook and Teams come from the old password cached on your device. Please lock your screen (Windows+L) and unlock with the new password, then restart Outlook and Teams. That usually clears it within a few minutes. {agent}",
                "Hi {requester}, the rule is: at least 12 characters, three of the four character groups, no part of your name, and not one of your last 10 passwords. A short sentence like \u{201C}Coffee at 9 is too early!\u{201D} works well. Cheers, {agent}",
                "Hi {requester}, glad it works again. I'm closing ticket {ticket} now, just reply to this mail if anything comes back. Best, {agent}",
                "Hello {requester}, for security reasons I cannot give out passwords in the ticket. I'll call you on your desk phone in a few minutes to verify your identity. {agent}",
            ],
            notes: [
                "Identity verified by callback to the number in Personio. Temp password set, 'must change at next logon' ticked.",
                "pwdLastSet was 91 days ago, so simply expired. User had ignored the reminder mails.",
                "Mobile number in Entra ID was outdated (old +49 171 ...). Updated after manager confirmed by mail.",
                "Minimum password age is 1 day, so user can't change again today. Reset it from our side instead.",
                "User on holiday until Monday; leaving ticket pending, auto-close in 5 days if no reply.",
            ]
        ),
        german: DemoScript(
            subjects: [
                "Passwort abgelaufen",
                "Kennwort vergessen",
                "Bitte Passwort zurücksetzen",
                "Anmeldung am {device} nicht mehr möglich",
                "Neues Kennwort wird nicht akzeptiert",
                "Passwort-Reset über Self-Service klappt nicht",
                "Nach Urlaub kein Login mehr möglich",
                "{app} fragt ständig nach Passwort",
                "Dringend: Kennwort zurücksetzen, Monatsabschluss!",
            ],
            openings: [
                "Hallo zusammen, mein Passwort ist abgelaufen und ich komme nicht mehr an den Rechner. Können Sie es bitte zurücksetzen? Danke!",
                "Guten Morgen, ich war drei Wochen im Urlaub und jetzt steht da „Das Kennwort ist abgelaufen und muss geändert werden“. Wenn ich ein neues eingebe, kommt „Das Kennwort entspricht nicht den Anforderungen“. Ich habe schon fünf Varianten probiert. Was ist denn da die Regel?",
                "Passwort vergessen. Bitte neues.",
                "Hallo IT, ich habe gestern Abend mein Kennwort über das Self-Service-Portal geändert. Seitdem fragt mich Outlook alle paar Minuten nach dem Passwort und nimmt das neue nicht an. Auf dem Handy kommen auch keine Mails mehr. Ich brauche das dringend, wir haben heute Monatsabschluss.",
                "Sehr geehrte Damen und Herren, ich schreibe vom Rechner meiner Kollegin, da ich mich nicht mehr anmelden kann. Ich habe wohl das alte Kennwort zu oft eingegeben. Könnten Sie mich bitte unter der Durchwahl zurückrufen? Vielen Dank und freundliche Grüße",
                "Moin, beim Passwort-Reset im Self-Service-Portal kommt keine SMS an. Ich habe inzwischen eine neue Handynummer, vielleicht liegt es daran?",
            ],
            followUps: [
                "Hat geklappt, vielen Dank für die schnelle Hilfe!",
                "Hat leider nicht geklappt, das Einmalkennwort wird als falsch angezeigt.",
                "Am Laptop geht es jetzt, aber Teams auf dem Handy meckert noch.",
                "Ich bin morgen ab 8 Uhr wieder im Büro, rufen Sie mich gerne dann an.",
                "Super, jetzt geht alles wieder. Sorry für die Umstände.",
            ],
            replies: [
                "Hallo {requester}, ich habe Ihnen ein Einmalkennwort gesetzt und es wie besprochen per SMS an Ihre Führungskraft geschickt. Bitte melden Sie sich damit an und vergeben Sie direkt ein neues Kennwort. Viele Grüße, {agent}",
                "Hallo {requester}, Ihr Kennwort ist abgelaufen. Sie können es jederzeit selbst unter https://passwort.nordwind.example ändern, auch vom Handy aus. Die Regeln: mindestens 12 Zeichen, drei von vier Zeichenarten (Groß, Klein, Zahl, Sonderzeichen), keines der letzten 10 Kennwörter. Viele Grüße, {agent}",
                "Hallo {requester}, Outlook hat noch das alte Kennwort gespeichert. Bitte sperren Sie einmal den Bildschirm (Windows+L), melden Sie sich mit dem neuen Kennwort wieder an und starten Sie Outlook neu. Auf dem Handy in der Outlook-App einmal abmelden und neu anmelden. Gruß, {agent}",
                "Hallo {requester}, aus Sicherheitsgründen darf ich Kennwörter nicht im Ticket mitteilen. Ich rufe Sie gleich auf Ihrer Durchwahl zurück und prüfe kurz Ihre Identität. Viele Grüße, {agent}",
                "Hallo {requester}, ich habe Ihre Mobilnummer für den Self-Service aktualisiert. Der Reset unter https://passwort.nordwind.example sollte jetzt funktionieren. Geben Sie mir bitte kurz Bescheid. {agent}",
                "Hallo {requester}, schön, dass es wieder läuft. Ich schließe das Ticket {ticket}. Falls noch etwas ist, antworten Sie einfach auf diese Mail. Viele Grüße, {agent}",
            ],
            notes: [
                "Rückruf auf hinterlegte Festnetznummer, Identität über Personalnummer geprüft. Einmalkennwort gesetzt, Änderung bei nächster Anmeldung erzwungen.",
                "pwdLastSet vor 94 Tagen, Kennwort schlicht abgelaufen. Keine Sperre im AD.",
                "Handynummer in Entra ID war veraltet, nach Freigabe durch Vorgesetzte per Mail aktualisiert.",
                "User hat das Kennwort heute schon geändert, Mindestalter 1 Tag greift. Reset durch uns gemacht.",
                "Nutzerin nicht erreichbar (Mailbox). Zweiter Versuch morgen früh, danach Ticket auf wartend.",
            ]
        ),
        escalationReasons: [
            "Self-service reset fails for this account with an Entra ID sync error, needs someone with AD Connect access.",
            "Konto ist in der geschützten Gruppe (Admin-Konto), Reset darf nur Tier 2 machen.",
            "Identität konnte telefonisch nicht eindeutig bestätigt werden, bitte Rückfrage über HR.",
            "Password writeback seems broken for the Zürich OU, several users affected.",
        ]
    )

    private static let accountLocked = DemoScenario(
        category: "account", tier: 1, weight: 18,
        priorities: ["normal", "high", "high", "normal"],
        tags: ["account", "lockout", "active-directory"],
        english: DemoScript(
            subjects: [
                "Account locked",
                "My account keeps getting locked",
                "Locked out again (3rd time today)",
                "\u{201C}The referenced account is currently locked out\u{201D}",
                "Account locked after password change",
                "Can't log in to {device}, account locked",
                "Account lockout every morning at {site}",
                "Urgent: account locked, need access to {app}",
            ],
            openings: [
                "My account is locked. Please unlock.",
                "Hi, since I changed my password on Monday my account gets locked every hour or so. I unlock it via the portal, work for a while and then it's locked again. I haven't typed anything wrong, I promise!",
                "Hello, Windows says \u{201C}The referenced account is currently locked out and may not be logged on to\u{201D}. I think I mistyped my password a few times this morning before coffee. Could you unlock it please?",
                "Dear IT, this is the third time this week. Every morning when I start my laptop the account is locked. I have an old iPad at home that used to get my work mails, could that be related? I really need this fixed, I lose half an hour each day.",
                "Hi, locked out again, just like last Thursday. I'm at the Bremen office today if that helps. Can someone please look at this properly this time instead of just unlocking it?",
            ],
            followUps: [
                "Unlocked, thanks! Let's hope it stays that way.",
                "It got locked again around 11:40.",
                "I removed the old mail account from the iPad, no lockout since yesterday. Thanks!",
                "Where do I find the Credential Manager? I can't see it in the settings.",
            ],
            replies: [
                "Hi {requester}, I've unlocked your account. Please wait a minute before you log in so the change reaches all domain controllers. Best regards, {agent}",
                "Hi {requester}, the lockouts come from a device that still uses your old password. Our logs show the failed attempts coming from an iPad (ActiveSync). Please remove the work mail account there or update the password. Regards, {agent}",
                "Hello {requester}, please open the Windows Credential Manager (search for \u{201C}Credential Manager\u{201D} in the start menu), go to Windows Credentials and remove the entries starting with \u{201C}nordwind\u{201D} or \u{201C}MicrosoftOffice\u{201D}. Then restart. That clears old saved passwords. {agent}",
                "Hi {requester}, no new lockout for 48 hours, so I'll close ticket {ticket}. If it happens again, please reply and mention the exact time. Cheers, {agent}",
                "Hi {requester}, I can see the account was locked again at 11:38 from a mapped network drive on your laptop. Could you disconnect drive H: and map it again? I can also do this with you in a remote session. {agent}",
            ],
            notes: [
                "Event 4740 on DC-HH-01: caller computer NB-HH-0412, 12 bad password attempts within 2 minutes.",
                "Lockout source is ActiveSync (Exchange Online sign-in logs): user agent iOS 15 mail app. Old iPad.",
                "Checked with LockoutStatus: badPwdCount 0 on all DCs except DC-AUG-02. Possibly a scheduled task running as user.",
                "Found a scheduled task 'Backup Sync' on PC-AUG-0187 running with the user's credentials. Asked user to delete it.",
                "Unlocked via ADUC; recurring issue, keeping ticket open for 2 days to watch.",
            ]
        ),
        german: DemoScript(
            subjects: [
                "Konto gesperrt",
                "Benutzerkonto wird ständig gesperrt",
                "Schon wieder gesperrt!",
                "Kontosperre nach Passwortänderung",
                "Anmeldung am {device} nicht möglich – Konto gesperrt",
                "Bitte Konto entsperren",
                "Kontosperrung jeden Morgen",
                "Konto gesperrt, kein Zugriff auf {app}",
            ],
            openings: [
                "Mein Konto ist gesperrt, bitte entsperren. Danke.",
                "Hallo, seit meiner Passwortänderung am Montag wird mein Konto ständig gesperrt, mal nach zehn Minuten, mal nach einer Stunde. Ich habe mich definitiv nicht vertippt. Was ist da los?",
                "Guten Morgen, beim Anmelden kommt „Das Konto, auf das verwiesen wird, ist derzeit gesperrt und kann nicht für die Anmeldung verwendet werden“. Ich habe heute früh wohl mehrmals das alte Passwort eingegeben. Können Sie das bitte freischalten?",
                "Hallo liebes IT-Team, das ist jetzt das dritte Mal diese Woche. Ich habe zu Hause noch ein altes Tablet, auf dem früher meine Dienstmails liefen, kann das damit zusammenhängen? Es nervt wirklich, ich verliere jeden Morgen eine halbe Stunde.",
                "Servus, bin wieder gesperrt, wie letzten Donnerstag auch schon. Könnt ihr euch das bitte mal richtig anschauen und nicht nur entsperren? Danke!",
            ],
            followUps: [
                "Danke, geht wieder!",
                "Ist um 11:40 schon wieder gesperrt worden.",
                "Habe das Konto auf dem alten Tablet gelöscht, seit gestern keine Sperre mehr. Danke!",
                "Wo finde ich die Anmeldeinformationsverwaltung? Bei mir gibt es das nicht.",
            ],
            replies: [
                "Hallo {requester}, ich habe Ihr Konto entsperrt. Bitte warten Sie eine Minute, bevor Sie sich anmelden, damit die Änderung auf allen Domänencontrollern ankommt. Viele Grüße, {agent}",
                "Hallo {requester}, die Sperren kommen von einem Gerät, das noch Ihr altes Kennwort verwendet. Laut unseren Protokollen ist das ein Tablet mit Exchange ActiveSync. Bitte entfernen Sie dort das Dienstkonto oder tragen Sie das neue Kennwort ein. Gruß, {agent}",
                "Hallo {requester}, bitte öffnen Sie die Anmeldeinformationsverwaltung (Startmenü, Suche nach „Anmeldeinformationsverwaltung“), dann „Windows-Anmeldeinformationen“ und löschen Sie alle Einträge mit „nordwind“ oder „MicrosoftOffice“. Danach einmal neu starten. Viele Grüße, {agent}",
                "Hallo {requester}, seit 48 Stunden keine neue Sperre, ich schließe das Ticket {ticket}. Falls es wieder passiert, antworten Sie einfach mit der genauen Uhrzeit. {agent}",
                "Hallo {requester}, die letzte Sperre kam um 11:38 von einem verbundenen Netzlaufwerk auf Ihrem Laptop. Können Sie Laufwerk H: einmal trennen und neu verbinden? Gerne mache ich das auch per Fernwartung mit Ihnen. {agent}",
            ],
            notes: [
                "Event 4740 auf DC-HH-01: Aufrufer NB-HH-0412, 12 Fehlversuche in 2 Minuten.",
                "Quelle laut Entra-Anmeldeprotokoll: Exchange ActiveSync, iOS-Mail-App. Altes Privat-Tablet.",
                "LockoutStatus geprüft: badPwdCount nur auf DC-AUG-02 hoch. Vermutlich geplante Aufgabe oder Dienst mit User-Credentials.",
                "Gespeicherte Anmeldedaten im Credential Manager per Fernwartung gelöscht, User neu angemeldet.",
                "Wiederkehrendes Problem, Ticket bleibt 2 Tage zur Beobachtung offen.",
            ]
        ),
        escalationReasons: [
            "Lockout source is a server (SRV-AUG-APP03), not the user's device. Needs someone with server access.",
            "Sperrquelle nicht ermittelbar, Events auf dem PDC werden nicht protokolliert. Bitte Audit-Policy prüfen.",
            "Service account affected, not a normal user; unlocking alone breaks the interface again.",
            "Mehr als 20 Konten am Standort gleichzeitig gesperrt, möglicher Password-Spray-Angriff.",
        ]
    )

    private static let mfa = DemoScenario(
        category: "account", tier: 1, weight: 12,
        priorities: ["normal", "normal", "high"],
        tags: ["mfa", "authenticator", "entra-id"],
        english: DemoScript(
            subjects: [
                "New phone - Authenticator not working",
                "MFA prompt never arrives",
                "Lost my phone, can't sign in",
                "Microsoft Authenticator asks for a number I don't see",
                "AADSTS50076 when opening {app}",
                "Need to re-register MFA",
                "MFA loop in {app}",
                "Authenticator codes rejected",
            ],
            openings: [
                "Hi, I got a new phone over the weekend and of course forgot to move the Authenticator app. Now I can't log in to anything. Can you reset my MFA please?",
                "Hello, when I sign in, the screen shows a two-digit number and says to enter it in the app, but the Authenticator on my phone shows nothing. Notifications are on. I tried three times.",
                "Lost my phone on the train yesterday. I can't sign in because it wants the Authenticator. What do I do?",
                "Hi IT, I'm getting \u{201C}AADSTS50076: Due to a configuration change made by your administrator, or because you moved to a new location, you must use multi-factor authentication\u{201D} in a loop. I approve on the phone and then it asks again.",
                "The six-digit codes from the Authenticator app are always rejected as wrong. The time on my phone is a few minutes off, I noticed. Could that be it?",
            ],
            followUps: [
                "Set up on the new phone, everything works. Thanks!",
                "I don't have a laptop with me, can I do the setup only with the phone?",
                "The QR code doesn't scan, the camera just doesn't react.",
                "Still no push notification. I'll try the code option.",
            ],
            replies: [
                "Hi {requester}, I've removed your old authentication methods and created a Temporary Access Pass valid for 8 hours. I'll give it to you by phone. Then go to https://aka.ms/mysecurityinfo and add the Authenticator on your new phone. Best, {agent}",
                "Hi {requester}, please open the Authenticator app manually once; sometimes the notification doesn't show but the request is waiting inside the app. Also check that battery saver is off for the app. Regards, {agent}",
                "Hi {requester}, I've blocked sign-ins from the lost device and revoked all sessions. Please report the loss to your manager too. We'll set you up again with a Temporary Access Pass once you have a replacement phone. {agent}",
                "Hi {requester}, codes depend on the correct time. Please set your phone to automatic date and time and try again. Cheers, {agent}",
                "Hi {requester}, everything looks good in the sign-in logs now. Closing {ticket}. {agent}",
            ],
            notes: [
                "Sign-in log: MFA denied, reason 'user did not respond'. Push notifications blocked on device (Android battery optimisation).",
                "TAP issued (8h, one-time). Identity checked via callback to desk phone and employee number.",
                "Old phone still registered as default method. Removed 'Authenticator - Galaxy S10'.",
                "Device lost: sessions revoked with Revoke-MgUserSignInSession, Intune wipe of the work profile triggered.",
            ]
        ),
        german: DemoScript(
            subjects: [
                "Neues Handy – Authenticator umziehen",
                "MFA-Anfrage kommt nicht an",
                "Handy verloren, keine Anmeldung möglich",
                "Authenticator zeigt keine Zahl an",
                "MFA neu einrichten",
                "Anmeldeschleife bei {app}",
                "Codes aus der Authenticator-App werden abgelehnt",
                "Zwei-Faktor-Anmeldung auf Diensthandy",
            ],
            openings: [
                "Hallo, ich habe ein neues Diensthandy bekommen und das alte schon abgegeben. Jetzt will Microsoft eine Bestätigung in der Authenticator-App, die ich nicht mehr habe. Können Sie das zurücksetzen?",
                "Guten Tag, bei der Anmeldung wird eine Zahl angezeigt, die ich in der App eingeben soll, aber in der Authenticator-App erscheint nichts. Benachrichtigungen sind an.",
                "Handy gestern im Zug liegen gelassen. Ich komme nirgends mehr rein. Was soll ich tun?",
                "Hallo, seit heute morgen bekomme ich bei Teams ständig die Meldung „Weitere Informationen erforderlich“ und soll die Anmeldung bestätigen. Das mache ich, und dann geht es wieder von vorne los. Ich kann so nicht arbeiten.",
                "Die sechsstelligen Codes aus der App werden immer als falsch abgelehnt. Mir ist aufgefallen, dass die Uhrzeit auf dem Handy ein paar Minuten falsch ist.",
            ],
            followUps: [
                "Auf dem neuen Handy eingerichtet, alles läuft. Danke!",
                "Ich habe gerade keinen Laptop dabei, geht die Einrichtung auch nur mit dem Handy?",
                "Der QR-Code lässt sich nicht scannen, die Kamera reagiert nicht.",
                "Immer noch keine Benachrichtigung. Ich probiere es mit dem Code.",
            ],
            replies: [
                "Hallo {requester}, ich habe Ihre alten Anmeldemethoden entfernt und einen befristeten Zugriffspass (Temporary Access Pass, 8 Stunden gültig) erstellt, den ich Ihnen telefonisch durchgebe. Danach unter https://aka.ms/mysecurityinfo die Authenticator-App auf dem neuen Handy hinzufügen. Viele Grüße, {agent}",
                "Hallo {requester}, bitte öffnen Sie die Authenticator-App einmal von Hand; manchmal wartet die Anfrage dort, ohne dass eine Benachrichtigung kommt. Prüfen Sie bitte auch, ob der Energiesparmodus die App blockiert. Gruß, {agent}",
                "Hallo {requester}, ich habe alle Sitzungen beendet und das verlorene Gerät gesperrt. Sobald Sie ein Ersatzgerät haben, richten wir die Anmeldung mit einem befristeten Zugriffspass neu ein. Viele Grüße, {agent}",
                "Hallo {requester}, die Codes hängen von der genauen Uhrzeit ab. Bitte stellen Sie am Handy „Datum und Uhrzeit automatisch“ ein und versuchen Sie es erneut. {agent}",
                "Hallo {requester}, im Anmeldeprotokoll sieht jetzt alles gut aus. Ich schließe das Ticket {ticket}. Viele Grüße, {agent}",
            ],
            notes: [
                "Anmeldeprotokoll: MFA abgelehnt, Grund „Benutzer hat nicht reagiert“. Push auf dem Gerät durch Akku-Optimierung blockiert.",
                "TAP ausgestellt (8 h, einmalig). Identität per Rückruf und Personalnummer bestätigt.",
                "Altes Gerät noch als Standardmethode hinterlegt, „Authenticator – iPhone 11“ entfernt.",
                "Gerät verloren: Sitzungen widerrufen, Intune-Löschung des Arbeitsprofils ausgelöst, Vorgesetzten informiert.",
            ]
        ),
        escalationReasons: [
            "Conditional Access policy blocks the user even with valid MFA, needs a policy review.",
            "User ist in der Break-Glass-Gruppe, Änderungen an MFA nur durch Tier 3.",
            "Gerät verloren mit ungesicherten Kundendaten, bitte Security informieren.",
            "TAP creation fails with 'Policy does not allow', requires Entra ID admin.",
        ]
    )
}

// MARK: - Scenarios: remote access, printing, mail

extension DemoCorpus {
    private static let vpn = DemoScenario(
        category: "vpn", tier: 1, weight: 14,
        priorities: ["normal", "high", "high", "urgent"],
        tags: ["vpn", "globalprotect", "remote-work"],
        english: DemoScript(
            subjects: [
                "VPN won't connect",
                "GlobalProtect: Authentication failed",
                "VPN disconnects every few minutes",
                "No VPN from hotel in {site}",
                "Connected to VPN but can't reach {app}",
                "GlobalProtect stuck on \u{201C}Connecting...\u{201D}",
                "AnyConnect: Certificate validation failure",
                "VPN error 809 on {device}",
                "VPN very slow from home office",
            ],
            openings: [
                "VPN doesn't work. Working from home today. Please help asap.",
                "Hi, GlobalProtect says \u{201C}Authentication failed: Invalid username or password\u{201D} even though I can log in to Windows with the same password. I changed it on Friday.",
                "Hello, I'm at a customer site in Rotterdam and the VPN connects, but after 3-4 minutes it drops and reconnects. Teams calls break up every time. The hotel Wi-Fi seems okay otherwise.",
                "Hi team, GlobalProtect shows Connected and the icon is green, but I can't open SAP or the file shares. Internet works fine. It worked yesterday.",
                "Good morning, I'm on the old lab laptop which still has AnyConnect and I get \u{201C}Certificate validation failure\u{201D} since this morning. My colleague on the same model has the same problem. Is something expired?",
                "Hi, from my home office the VPN is painfully slow since last week. Downloading a 20 MB file from the share takes five minutes. Speedtest without VPN shows 100 Mbit/s. Any idea?",
            ],
            followUps: [
                "Works again after the reboot, thank you!",
                "Still the same error. I've attached a screenshot.",
                "I'm on my phone's hotspot now and the VPN works, so it must be the hotel network.",
                "Portal is set to vpn.nordwind.example, is that right?",
                "The collect logs button gave me a zip file, where should I send it?",
            ],
            replies: [
                "Hi {requester}, GlobalProtect still uses your cached old password. Please click the GlobalProtect icon, then the gear icon, Settings, Sign Out, and sign in again with the new password. Best regards, {agent}",
                "Hi {requester}, many hotel networks block the ports we need. Please try your phone hotspot for a quick test. If that works, it's the hotel network and there's sadly nothing we can change on our side. Regards, {agent}",
                "Hello {requester}, please open a command prompt and run `ipconfig /flushdns`, then disconnect and reconnect the VPN. If SAP still doesn't open, send me the output of `nslookup sap-prd.nordwind.example`. {agent}",
                "Hi {requester}, the AnyConnect certificate on the legacy lab gateway expired last night. We're renewing it now; in the meantime please use GlobalProtect from the Company Portal. {agent}",
                "Hi {requester}, could you send us the GlobalProtect logs? Click the icon, gear, Settings, Troubleshooting, Collect Logs, and attach the zip to this ticket. Thanks, {agent}",
                "Hi {requester}, glad it's working again. Closing {ticket}. {agent}",
            ],
            notes: [
                "GP logs: 'Gateway vpn-hh.nordwind.example: Authentication failed' -> RADIUS reject, old password cached on client.",
                "Hotel Wi-Fi blocks UDP 4501, client falls back to SSL. Explains drops. Nothing to fix on our side.",
                "Split tunnel config missing the 10.40.0.0/16 range for the new SAP subnet. Checked with network team.",
                "User is on GP 5.2.x, known DNS issue. Pushed 6.1 via Intune, asked user to reboot.",
                "MTU issue suspected (DSL with PPPoE). Ping with -f -l 1372 fails, 1350 ok.",
            ]
        ),
        german: DemoScript(
            subjects: [
                "VPN verbindet nicht",
                "GlobalProtect: Authentifizierung fehlgeschlagen",
                "VPN bricht ständig ab",
                "Kein VPN aus dem Homeoffice",
                "VPN verbunden, aber kein Zugriff auf {app}",
                "Fehler 809 beim Verbinden",
                "GlobalProtect hängt bei „Verbindung wird hergestellt“",
                "VPN im Hotel in {site} geht nicht",
                "VPN extrem langsam",
            ],
            openings: [
                "VPN geht nicht. Bin im Homeoffice. Bitte dringend melden.",
                "Hallo, GlobalProtect meldet „Authentifizierung fehlgeschlagen: Ungültiger Benutzername oder ungültiges Kennwort“. Am Laptop kann ich mich mit demselben Kennwort aber ganz normal anmelden. Ich habe es am Freitag geändert.",
                "Guten Morgen, seit heute bekomme ich beim Verbinden „Fehler 809: Die Netzwerkverbindung zwischen Ihrem Computer und dem VPN-Server konnte nicht hergestellt werden, da der Remoteserver nicht antwortet“. Ich nutze noch das alte Windows-VPN, weil GlobalProtect bei mir nie installiert wurde.",
                "Hallo zusammen, die VPN-Verbindung steht (grünes Symbol), aber ich komme weder auf die Laufwerke noch ins SAP. Internet geht. Gestern ging noch alles. Neustart habe ich schon gemacht.",
                "Liebes IT-Team, ich bin diese Woche auf Dienstreise und im Hotel bricht das VPN alle paar Minuten ab. Jede Teams-Besprechung fliegt raus. Zuhause hatte ich das nie. Können Sie da etwas machen? Ich habe morgen eine wichtige Präsentation.",
                "Seit letzter Woche ist das VPN im Homeoffice sehr langsam. Eine Excel-Datei vom Laufwerk zu öffnen dauert Minuten. Ohne VPN habe ich 100 MBit/s laut Speedtest.",
            ],
            followUps: [
                "Nach dem Neustart geht es wieder, danke!",
                "Leider gleicher Fehler, Screenshot anbei.",
                "Über den Handy-Hotspot klappt es. Liegt also am Hotel-WLAN.",
                "Bei Portal steht vpn.nordwind.example, ist das richtig so?",
                "Ich habe die Logs gesammelt, wohin soll ich die ZIP-Datei schicken?",
            ],
            replies: [
                "Hallo {requester}, GlobalProtect hat noch Ihr altes Kennwort gespeichert. Bitte klicken Sie auf das GlobalProtect-Symbol, dann auf das Zahnrad, „Einstellungen“, „Abmelden“ und melden Sie sich mit dem neuen Kennwort wieder an. Viele Grüße, {agent}",
                "Hallo {requester}, das alte Windows-VPN (Fehler 809) wird seit März nicht mehr unterstützt. Bitte installieren Sie GlobalProtect aus dem Unternehmensportal; die Anleitung finden Sie im Wissensartikel „GlobalProtect VPN: Verbindung herstellen“. Gruß, {agent}",
                "Hallo {requester}, bitte öffnen Sie die Eingabeaufforderung, führen Sie `ipconfig /flushdns` aus und verbinden Sie das VPN neu. Klappt es dann immer noch nicht, schicken Sie mir bitte die Ausgabe von `nslookup fs01.nordwind.example`. {agent}",
                "Hallo {requester}, viele Hotelnetze blockieren die Ports, die wir brauchen. Testen Sie bitte kurz über den Hotspot Ihres Handys. Wenn es damit stabil läuft, liegt es am Hotel, daran können wir leider nichts ändern. Viele Grüße, {agent}",
                "Hallo {requester}, können Sie uns die GlobalProtect-Protokolle schicken? Symbol, Zahnrad, „Einstellungen“, „Fehlerbehebung“, „Protokolle sammeln“ und die ZIP-Datei einfach an dieses Ticket hängen. Danke, {agent}",
                "Hallo {requester}, freut mich, dass es wieder läuft. Ich schließe das Ticket {ticket}. Viele Grüße, {agent}",
            ],
            notes: [
                "GP-Log: „Gateway vpn-hh.nordwind.example: Authentication failed“, RADIUS-Reject wegen altem gecachtem Kennwort.",
                "User hat noch das alte RAS-Profil (L2TP). Gateway vpn-alt ist seit 31.03. abgeschaltet, daher 809.",
                "Split-Tunnel-Konfiguration enthält das neue Netz 10.40.0.0/16 (SAP) nicht. Mit Netzwerkteam abgestimmt.",
                "Client-Version 5.2.x, bekanntes DNS-Problem. Version 6.1 per Intune verteilt, User soll neu starten.",
                "MTU-Problem vermutet (DSL mit PPPoE). ping -f -l 1372 schlägt fehl, 1350 geht.",
            ]
        ),
        escalationReasons: [
            "Gateway vpn-aug.nordwind.example zeigt im Monitoring hohe CPU-Last, mehrere User betroffen.",
            "Split-tunnel routes need to be changed on the firewall, that's a network team change.",
            "Certificate on the legacy AnyConnect gateway expired, needs renewal by infrastructure.",
            "Client logs show IKE errors we cannot interpret, please check on the gateway side.",
        ]
    )

    private static let printing = DemoScenario(
        category: "printing", tier: 1, weight: 12,
        priorities: ["low", "normal", "normal", "normal", "high"],
        tags: ["printer", "print-queue", "hardware"],
        english: DemoScript(
            subjects: [
                "Printer offline",
                "Paper jam on {printer}",
                "{printer} prints only blank pages",
                "Can't add printer on floor {floor}",
                "Print jobs stuck in queue",
                "Toner empty - {printer}",
                "Label printer in warehouse not printing",
                "Follow-me printing: badge not recognised",
                "Printer shows error 13.B2.D2",
            ],
            openings: [
                "The printer on our floor is offline again. Nobody can print.",
                "Hi, the big Kyocera next to the kitchen shows a paper jam but we've opened every drawer and there is no paper anywhere. The display still says \u{201C}Paper jam in cassette 2\u{201D}.",
                "Hello, I need to print contracts for a signing today at 2pm and my documents just sit in the queue with status \u{201C}Error - Printing\u{201D}. Other colleagues seem to be able to print. Help!",
                "Hi IT, I moved to the 3rd floor and I can't find the printer here in the list. Which one should I use and how do I add it?",
                "Good morning, the Zebra label printer at the goods receiving gate stopped printing after the night shift. The light is blinking red. We can't ship anything without labels, so this is quite urgent.",
            ],
            followUps: [
                "Printing again, thanks. It was the tray after all.",
                "Still offline. We restarted it twice.",
                "The labels come out now but they are shifted by about 1 cm.",
                "New toner is in, but the display still says \u{201C}Replace toner\u{201D}.",
            ],
            replies: [
                "Hi {requester}, please switch the printer off and on again and check that the network cable at the back is plugged in. If it still shows offline after 5 minutes, send me the IP address from the display (Menu, Network, TCP/IP). Best, {agent}",
                "Hi {requester}, for a phantom paper jam please open the right side door and the fuser unit (green levers); small scraps often hide there. The HP error 13.B2.D2 means a jam in the fuser area. Regards, {agent}",
                "Hello {requester}, I've cleared the stuck job from the print queue on PRINT-HH-01. Please send your document again. If you're in a hurry, Follow-Me printing works on any printer: just print to \u{201C}NW-FollowMe\u{201D} and tap your badge. {agent}",
                "Hi {requester}, on floor 3 please use the Follow-Me queue. Open Settings, Printers & scanners, Add device, and choose \u{201C}NW-FollowMe on print.nordwind.example\u{201D}. {agent}",
                "Hi {requester}, a technician from our print service partner will come by today between 1 and 3pm. I've ordered the maintenance kit. Thanks for your patience, {agent}",
                "Hi {requester}, great that it's printing again. I'm closing {ticket}. {agent}",
            ],
            notes: [
                "Printer reachable (ping ok), but SNMP status 'paper jam tray 2'. Sensor probably dirty, service call with Kyocera partner opened.",
                "Spooler on PRINT-HH-01 hung with 240 jobs. Restarted service, queue cleared.",
                "Zebra ZT410: ribbon out. Warehouse staff didn't know where spare ribbons are kept, showed them (shelf next to gate 4).",
                "Driver on client was the old PCL6 v3. Replaced with universal driver via Intune, works.",
                "Counter 412,000 pages, fuser end of life. Service partner ticket KY-88213.",
            ]
        ),
        german: DemoScript(
            subjects: [
                "Drucker offline",
                "Papierstau an {printer}",
                "{printer} druckt nur leere Seiten",
                "Drucker im {floor}. OG lässt sich nicht hinzufügen",
                "Druckaufträge hängen in der Warteschlange",
                "Toner leer – {printer}",
                "Etikettendrucker im Lager druckt nicht",
                "Follow-Me-Druck: Ausweis wird nicht erkannt",
                "Drucker zeigt Fehler C6000",
            ],
            openings: [
                "Der Drucker bei uns auf der Etage ist schon wieder offline. Keiner kann drucken.",
                "Hallo, der große Kyocera neben der Teeküche meldet Papierstau, aber wir haben alle Fächer aufgemacht und nirgends ist Papier. Im Display steht weiterhin „Papierstau in Kassette 2“.",
                "Guten Morgen, ich muss heute um 14 Uhr Verträge zur Unterschrift ausdrucken und meine Dokumente hängen in der Warteschlange mit „Fehler – Druckvorgang“. Die Kollegen können anscheinend drucken. Bitte schnell helfen!",
                "Hallo IT, ich bin in den 3. Stock umgezogen und finde hier keinen Drucker in der Liste. Welchen soll ich nehmen und wie richte ich den ein?",
                "Moin, der Zebra-Etikettendrucker am Wareneingang druckt seit der Nachtschicht nicht mehr, die Lampe blinkt rot. Ohne Etiketten können wir nichts verschicken, also ziemlich dringend.",
                "Der Drucker zeigt „Fehler C6000 – Rufen Sie den Service an“. Wir haben ihn schon aus- und eingeschaltet.",
            ],
            followUps: [
                "Druckt wieder, danke. War doch die Kassette.",
                "Immer noch offline, wir haben ihn zweimal neu gestartet.",
                "Die Etiketten kommen jetzt, sind aber um ca. 1 cm verschoben.",
                "Neuer Toner ist drin, aber im Display steht weiterhin „Toner ersetzen“.",
            ],
            replies: [
                "Hallo {requester}, bitte schalten Sie den Drucker einmal aus und wieder ein und prüfen Sie, ob das Netzwerkkabel hinten steckt. Ist er nach 5 Minuten weiter offline, schicken Sie mir bitte die IP-Adresse aus dem Display (Menü, Netzwerk, TCP/IP). Viele Grüße, {agent}",
                "Hallo {requester}, bei einem „Geisterstau“ bitte die rechte Seitenklappe und die Fixiereinheit (grüne Hebel) öffnen; dort verstecken sich oft kleine Papierschnipsel. Gruß, {agent}",
                "Hallo {requester}, ich habe den hängenden Auftrag auf PRINT-HH-01 gelöscht. Bitte drucken Sie noch einmal. Wenn es eilt: Über die Warteschlange „NW-FollowMe“ können Sie an jedem Drucker mit Ihrem Ausweis drucken. {agent}",
                "Hallo {requester}, im 3. OG nutzen Sie bitte den Follow-Me-Druck: Einstellungen, Drucker & Scanner, Gerät hinzufügen, dann „NW-FollowMe auf print.nordwind.example“ wählen. Viele Grüße, {agent}",
                "Hallo {requester}, der Fehler C6000 betrifft die Fixiereinheit, das muss der Servicetechniker machen. Er kommt heute zwischen 13 und 15 Uhr. Bitte nutzen Sie bis dahin den Drucker im 2. OG. {agent}",
                "Hallo {requester}, schön, dass es wieder druckt. Ich schließe das Ticket {ticket}. {agent}",
            ],
            notes: [
                "Drucker per Ping erreichbar, SNMP meldet „Papierstau Kassette 2“. Sensor vermutlich verschmutzt, Servicepartner beauftragt.",
                "Spooler auf PRINT-HH-01 hing mit 240 Aufträgen. Dienst neu gestartet, Warteschlange geleert.",
                "Zebra ZT410: Farbband leer. Lager wusste nicht, wo Ersatzrollen liegen (Regal neben Tor 4), gezeigt.",
                "Clienttreiber war noch der alte PCL6 v3. Per Intune durch Universaltreiber ersetzt, läuft.",
                "Zählerstand 412.000 Seiten, Fixiereinheit am Ende. Serviceticket beim Partner: KY-88213.",
            ]
        ),
        escalationReasons: [
            "Print server PRINT-AUG-01 spooler crashes repeatedly, needs server-side analysis.",
            "Etikettenlayout kommt aus SAP (Ausgabesteuerung), bitte SAP-Team prüfen.",
            "Printer needs a new static IP and DNS entry after relocation, network team required.",
            "Hardwaredefekt bestätigt, Servicevertrag muss von Tier 2 abgerufen werden.",
        ]
    )

    private static let outlook = DemoScenario(
        category: "email", tier: 1, weight: 14,
        priorities: ["normal", "normal", "high", "low"],
        tags: ["outlook", "exchange", "mailbox"],
        english: DemoScript(
            subjects: [
                "Outlook not syncing",
                "Mailbox full - can't send",
                "Outlook error 0x800CCC0E",
                "Outlook stuck on \u{201C}Disconnected\u{201D}",
                "Emails not arriving since this morning",
                "Shared mailbox missing in Outlook",
                "Outlook crashes on start on {device}",
                "Calendar not updating on phone",
                "Need bigger mailbox",
            ],
            openings: [
                "Outlook isn't getting new mails since about 9. Webmail shows them though.",
                "Hi, I get \u{201C}Your mailbox is full\u{201D} and I can't send anything anymore. I've already deleted a lot of mails but it doesn't seem to change anything. I have an important offer to send out today!",
                "Hello, when I send mail Outlook shows \u{201C}Sending reported error (0x800CCC0E): Cannot connect to the server\u{201D}. Receiving works. I'm using the laptop at home today.",
                "Hi, the shared mailbox sales-emea@ disappeared from my Outlook after the update yesterday. My colleague still has it. I need it to answer customer requests.",
                "Outlook closes right after the splash screen. I tried three times. Safe mode (holding Ctrl) works. What now?",
            ],
            followUps: [
                "Syncing again after the restart, thanks!",
                "I emptied the deleted items folder too, still says full.",
                "The shared mailbox is back, but I can't send as sales-emea@.",
                "Safe mode still works, normal mode still crashes.",
            ],
            replies: [
                "Hi {requester}, deleted mails still count until the \u{201C}Deleted Items\u{201D} folder is emptied. Please empty it (right-click, Empty folder) and also check \u{201C}Recoverable Items\u{201D}. Your mailbox is at 49.6 of 50 GB; I'll enable the online archive for you. Best, {agent}",
                "Hi {requester}, the error 0x800CCC0E usually means Outlook is using an old POP/SMTP profile. Please open Control Panel, Mail, Show Profiles, and create a new profile with your address; Outlook sets it up automatically. {agent}",
                "Hi {requester}, I've given you full access and Send As again for the shared mailbox. It can take up to an hour to appear, restarting Outlook helps. {agent}",
                "Hi {requester}, Outlook in safe mode usually means an add-in is the problem. Please go to File, Options, Add-ins, Manage COM Add-ins and disable everything except the Teams meeting add-in, then restart. Regards, {agent}",
                "Hi {requester}, Outlook shows \u{201C}Disconnected\u{201D}, so let's rebuild the local cache: close Outlook, rename the .ost file under %localappdata%\\Microsoft\\Outlook and start Outlook again. It will download everything again, which takes a while. {agent}",
                "Hi {requester}, looks good in the message trace now. Closing {ticket}. {agent}",
            ],
            notes: [
                "Mailbox 49.6/50 GB, of which 14 GB in Recoverable Items (litigation hold!). Enabled online archive with auto-expanding archive.",
                "Message trace: mails delivered to mailbox at 09:12, so client-side. OST 48 GB, rebuilt.",
                "Send As permission got lost after mailbox migration batch 7. Re-added via Add-RecipientPermission.",
                "Crash caused by old 'PDF Maker' COM add-in (Acrobat 2017). Disabled via GPO for this user's group.",
                "User still had a POP3 profile from 2019, created new Exchange profile.",
            ]
        ),
        german: DemoScript(
            subjects: [
                "Outlook synchronisiert nicht",
                "Postfach voll – kann nicht senden",
                "Outlook-Fehler 0x800CCC0E",
                "Outlook zeigt „Getrennt“",
                "Seit heute früh keine Mails",
                "Gruppenpostfach fehlt in Outlook",
                "Outlook stürzt beim Start ab",
                "Kalender auf dem Handy aktualisiert nicht",
                "Bitte Postfach vergrößern",
            ],
            openings: [
                "Bei mir kommen seit ca. 9 Uhr keine Mails mehr in Outlook an. Im Browser sehe ich sie.",
                "Hallo, ich bekomme die Meldung „Ihr Postfach ist voll“ und kann nichts mehr senden. Ich habe schon massenhaft Mails gelöscht, aber es ändert sich nichts. Ich muss heute unbedingt noch ein Angebot rausschicken!",
                "Guten Tag, beim Senden kommt „Gesendet – Fehler (0x800CCC0E): Es konnte keine Verbindung zum Server hergestellt werden“. Empfangen geht. Ich bin heute im Homeoffice.",
                "Hallo, das Gruppenpostfach buchhaltung@ ist seit dem Update gestern aus meinem Outlook verschwunden. Meine Kollegin hat es noch. Ich brauche es für die Rechnungseingänge.",
                "Outlook schließt sich direkt nach dem Startbildschirm. Dreimal probiert. Im abgesicherten Modus (mit Strg) geht es. Was nun?",
                "Hallo, unten rechts in Outlook steht „Getrennt“ und oben „Verbindung zu Microsoft Exchange nicht verfügbar“. Internet und Teams funktionieren.",
            ],
            followUps: [
                "Nach dem Neustart synchronisiert es wieder, danke!",
                "Gelöschte Elemente habe ich auch geleert, es steht immer noch voll da.",
                "Das Postfach ist wieder da, aber ich kann nicht als buchhaltung@ senden.",
                "Im abgesicherten Modus geht es, normal stürzt es weiterhin ab.",
            ],
            replies: [
                "Hallo {requester}, gelöschte Mails zählen so lange mit, bis der Ordner „Gelöschte Elemente“ geleert ist. Bitte leeren Sie ihn (Rechtsklick, „Ordner leeren“). Ihr Postfach liegt bei 49,6 von 50 GB; ich aktiviere Ihnen zusätzlich das Onlinearchiv. Viele Grüße, {agent}",
                "Hallo {requester}, der Fehler 0x800CCC0E deutet auf ein altes POP/SMTP-Profil hin. Bitte öffnen Sie Systemsteuerung, E-Mail, „Profile anzeigen“ und legen Sie ein neues Profil mit Ihrer Adresse an; Outlook richtet es automatisch ein. {agent}",
                "Hallo {requester}, ich habe Ihnen Vollzugriff und „Senden als“ für das Gruppenpostfach wieder eingetragen. Es kann bis zu einer Stunde dauern, ein Outlook-Neustart hilft. {agent}",
                "Hallo {requester}, wenn Outlook nur im abgesicherten Modus startet, ist meist ein Add-In schuld. Bitte unter Datei, Optionen, Add-Ins, „COM-Add-Ins verwalten“ alles außer dem Teams-Besprechungs-Add-In deaktivieren und neu starten. Gruß, {agent}",
                "Hallo {requester}, bei „Getrennt“ hilft meist ein Neuaufbau des lokalen Caches: Outlook schließen, die .ost-Datei unter %localappdata%\\Microsoft\\Outlook umbenennen und Outlook neu starten. Das Herunterladen dauert dann eine Weile. {agent}",
                "Hallo {requester}, in der Nachrichtenverfolgung sieht jetzt alles gut aus. Ich schließe das Ticket {ticket}. {agent}",
            ],
            notes: [
                "Postfach 49,6/50 GB, davon 14 GB in „Wiederherstellbare Elemente“ (Aufbewahrungsrichtlinie). Onlinearchiv mit Auto-Erweiterung aktiviert.",
                "Nachrichtenverfolgung: Mails um 09:12 zugestellt, also clientseitig. OST 48 GB, neu aufgebaut.",
                "Berechtigung „Senden als“ nach Migrations-Batch 7 verloren gegangen, per Add-RecipientPermission neu gesetzt.",
                "Absturz durch altes COM-Add-In „PDF Maker“ (Acrobat 2017), per GPO deaktiviert.",
                "User hatte noch ein POP3-Profil von 2019, neues Exchange-Profil angelegt.",
            ]
        ),
        escalationReasons: [
            "Mailbox on litigation hold, Recoverable Items can't be purged by us. Needs compliance approval.",
            "Mehrere Postfächer am Standort betroffen, Verdacht auf Problem mit dem Hybrid-Connector.",
            "Mail flow rule blocks the sender domain, change needs Exchange admin.",
            "Postfachvergrößerung über 100 GB muss vom Teamleiter genehmigt werden.",
        ]
    )
}

// MARK: - Scenarios: SAP

extension DemoCorpus {
    private static let sapAccess = DemoScenario(
        category: "sap", tier: 2, weight: 8,
        priorities: ["normal", "normal", "high", "low"],
        tags: ["sap", "authorization", "access-request"],
        english: DemoScript(
            subjects: [
                "SAP access request: ME21N",
                "No authorization for transaction MM03",
                "Need SAP role for purchase orders",
                "New colleague needs SAP user",
                "SAP: \u{201C}You are not authorized to use transaction VA01\u{201D}",
                "Display access to FI reports",
                "SAP user locked (too many logon attempts)",
                "Role change after move to {site}",
            ],
            openings: [
                "Hi, I started in purchasing last week and need to create purchase orders in SAP. When I open ME21N it says \u{201C}You are not authorized to use transaction ME21N\u{201D}. My manager approved it already.",
                "Hello, our new team member Priya starts on the 1st and needs an SAP user with the same roles as me (sales order entry, VA01/VA02/VA03). Her cost centre is 4711. Thanks!",
                "Hi, I need display access to the controlling reports (S_ALR_87013611 and KSB1) for the audit next week. Read-only is enough.",
                "I get \u{201C}No authorization for plant 1200\u{201D} when posting a goods receipt in MIGO. I moved from Bremen to Augsburg, so I guess my roles still point to the old plant.",
                "SAP says my user is locked due to incorrect logon attempts. I'm sure I used the right password... please unlock.",
            ],
            followUps: [
                "Approval from my manager is attached.",
                "ME21N works now, thank you!",
                "I ran SU53 like you asked, screenshot attached.",
                "Can I get the access by Friday? The audit starts Monday.",
            ],
            replies: [
                "Hi {requester}, to request the role we need your manager's approval in this ticket. Could you also run transaction SU53 directly after the error and attach a screenshot? That shows exactly which authorization object is missing. Best, {agent}",
                "Hi {requester}, I've assigned the role Z_MM_PURCHASER_1000 to your user. Please log off from SAP completely and log on again so the new authorizations are loaded. Regards, {agent}",
                "Hi {requester}, the SAP user for your new colleague is set up. She'll receive the initial password from her manager on her first day. {agent}",
                "Hello {requester}, your SAP user was locked after 5 failed attempts. I've unlocked it in SU01 and set a new initial password, which I'll give you by phone. {agent}",
                "Hi {requester}, display access is granted until the end of the audit. The role expires automatically on the 31st. {agent}",
                "Hi {requester}, the roles are updated and MIGO works for plant 1200. Closing ticket {ticket}. {agent}",
            ],
            notes: [
                "SU53: missing M_BEST_EKO (ACTVT 01, EKORG 1000). Role Z_MM_PURCHASER_1000 covers it. Approval by cost centre manager present.",
                "Copied roles from reference user in SU01, removed Z_SD_CREDIT_MGMT as it needs separate approval (SoD conflict with VA01).",
                "SoD check in GRC flagged FB60 + F110 for this user. Not granted, asked Controlling for a mitigating control.",
                "User locked by wrong password (UFLAG 128). Unlocked, new initial password, called user.",
                "Role validity set to end of month as requested by audit team.",
            ]
        ),
        german: DemoScript(
            subjects: [
                "SAP-Berechtigung für ME21N beantragen",
                "Keine Berechtigung für Transaktion KSB1",
                "SAP-Rolle für Bestellungen benötigt",
                "SAP-Benutzer für neue Kollegin",
                "SAP: „Sie haben keine Berechtigung für Transaktion FB60“",
                "Anzeigeberechtigung Controlling-Berichte",
                "SAP-Benutzer gesperrt",
                "Rollenänderung nach Wechsel nach {site}",
            ],
            openings: [
                "Hallo, ich bin seit letzter Woche im Einkauf und soll Bestellungen in SAP anlegen. Bei ME21N kommt „Sie haben keine Berechtigung für Transaktion ME21N“. Meine Chefin hat das schon genehmigt.",
                "Guten Tag, unsere neue Kollegin Frau Yılmaz fängt am 1. an und braucht einen SAP-Benutzer mit denselben Rollen wie ich (Kreditorenbuchhaltung, FB60, FBL1N). Kostenstelle 4711. Vielen Dank!",
                "Hallo, ich benötige für die Prüfung nächste Woche Anzeigerechte auf die Kostenstellenberichte (S_ALR_87013611 und KSB1). Nur lesend reicht.",
                "Beim Wareneingang in MIGO bekomme ich „Keine Berechtigung für Werk 1200“. Ich bin von Bremen nach Augsburg gewechselt, vermutlich hängen meine Rollen noch am alten Werk.",
                "SAP sagt, mein Benutzer ist wegen Falschanmeldungen gesperrt. Ich bin mir sicher, dass ich das richtige Kennwort hatte. Bitte entsperren.",
            ],
            followUps: [
                "Die Genehmigung meines Vorgesetzten hängt an.",
                "ME21N geht jetzt, vielen Dank!",
                "Ich habe wie gewünscht die SU53 ausgeführt, Screenshot anbei.",
                "Bekomme ich das bis Freitag? Am Montag beginnt die Prüfung.",
            ],
            replies: [
                "Hallo {requester}, für die Rollenvergabe brauchen wir die Genehmigung Ihrer Führungskraft hier im Ticket. Bitte führen Sie außerdem direkt nach der Fehlermeldung die Transaktion SU53 aus und hängen Sie einen Screenshot an; dort sehen wir genau, welches Berechtigungsobjekt fehlt. Viele Grüße, {agent}",
                "Hallo {requester}, ich habe Ihrem Benutzer die Rolle Z_MM_EINKAEUFER_1000 zugewiesen. Bitte melden Sie sich einmal komplett von SAP ab und wieder an, damit die neuen Berechtigungen geladen werden. Gruß, {agent}",
                "Hallo {requester}, der SAP-Benutzer für Ihre neue Kollegin ist angelegt. Das Initialkennwort erhält sie am ersten Tag von Ihnen als Führungskraft. {agent}",
                "Hallo {requester}, Ihr SAP-Benutzer war nach 5 Fehlversuchen gesperrt. Ich habe ihn in der SU01 entsperrt und ein neues Initialkennwort gesetzt, das ich Ihnen telefonisch durchgebe. {agent}",
                "Hallo {requester}, die Anzeigeberechtigung ist bis zum Ende der Prüfung vergeben und läuft am 31. automatisch aus. {agent}",
                "Hallo {requester}, die Rollen sind angepasst, MIGO funktioniert für Werk 1200. Ich schließe das Ticket {ticket}. {agent}",
            ],
            notes: [
                "SU53: fehlendes Objekt M_BEST_EKO (ACTVT 01, EKORG 1000). Rolle Z_MM_EINKAEUFER_1000 deckt das ab, Genehmigung der Kostenstellenverantwortlichen liegt vor.",
                "Rollen per SU01 vom Referenzbenutzer kopiert, Z_FI_ZAHLLAUF entfernt (SoD-Konflikt FB60 + F110, braucht separate Freigabe).",
                "GRC-Prüfung meldet SoD-Konflikt, nicht vergeben. Rückfrage beim Controlling wegen kompensierender Kontrolle.",
                "Benutzer wegen Falschanmeldung gesperrt (UFLAG 128). Entsperrt, Initialkennwort gesetzt, User angerufen.",
                "Gültigkeit der Rolle bis Monatsende gesetzt, wie von der Revision gewünscht.",
            ]
        ),
        escalationReasons: [
            "Requested role combination creates an SoD conflict, needs approval from the SAP authorization board.",
            "Neue Rolle muss erst in PFCG gebaut werden (Werk 1300 fehlt in allen Einkaufsrollen).",
            "Firefighter access requested for production client, only Basis may grant it.",
            "Benutzerstamm im Zentralen Benutzermanagement (ZBV) inkonsistent, Tier 3 bitte prüfen.",
        ]
    )

    private static let sapError = DemoScenario(
        category: "sap", tier: 2, weight: 6,
        priorities: ["normal", "high", "high", "urgent"],
        tags: ["sap", "short-dump", "erp"],
        english: DemoScript(
            subjects: [
                "SAP short dump in ME21N",
                "MIGO: posting period not open",
                "Purchase order {number} locked by another user",
                "SAP GUI crashes when printing",
                "Runtime error TSV_TNEW_PAGE_ALLOC_FAILED",
                "Invoice can't be posted in MIRO",
                "SAP report runs forever",
                "SAP GUI: connection to partner broken",
            ],
            openings: [
                "Hi, every time I save a purchase order in ME21N I get a short dump \u{201C}TSV_TNEW_PAGE_ALLOC_FAILED\u{201D}. It's only this one order with 400 lines. Screenshot attached.",
                "Hello, posting a goods receipt in MIGO fails with \u{201C}Posting only possible in periods 2024/11 and 2024/10 in company code 1000\u{201D}. Today is the 1st, so I think the new period isn't open yet?",
                "Hi, I can't change PO 4500012345 because \u{201C}Purchase order 4500012345 is currently being processed by user MHOFMANN\u{201D}. He's on holiday for two weeks!",
                "SAP GUI closes completely when I print a delivery note. No error message, just gone. Happens since the Windows update on Tuesday.",
                "Hi, I get \u{201C}Connection to partner broken\u{201D} in SAP GUI several times a day, especially when working via VPN. I lose my unsaved work every time.",
            ],
            followUps: [
                "Posting worked, thanks for the quick help.",
                "Dump happened again just now, same transaction.",
                "The lock is gone, I can edit the order now.",
                "I reinstalled SAP GUI like you said but it still crashes.",
            ],
            replies: [
                "Hi {requester}, thanks for the screenshot. Could you give me the exact time of the dump? Then I can find it in ST22 and see what happened. Best, {agent}",
                "Hi {requester}, the new posting period is open now (OB52 and MMPV). Please try the goods receipt again. Regards, {agent}",
                "Hi {requester}, the lock entry was left over from a broken session of your colleague. I've checked with his deputy and removed it in SM12. You can edit the order now. {agent}",
                "Hello {requester}, the crash when printing is a known issue with SAP GUI 7.70 patch 2 and the latest Windows update. I've pushed patch 5 to your PC; please restart once. {agent}",
                "Hi {requester}, the fix is transported to production, please try again. Closing {ticket} if I don't hear back by Friday. {agent}",
            ],
            notes: [
                "ST22: TSV_TNEW_PAGE_ALLOC_FAILED in program SAPLMEPO, internal table for 400 items x conditions. Workaround: split PO. OSS note search pending.",
                "MMPV not run for company code 1000 this month, batch job Z_MMPV_MONTHLY failed (variant deleted). Ran manually.",
                "SM12: lock on EKKO 4500012345 by MHOFMANN since 3 days, no active session in SM04. Deleted after confirmation from team lead.",
                "SAP GUI 7.70 PL2 + KB5034441: known crash in print preview. Rolled out PL5 via software center.",
                "Connection drops correlate with VPN reconnects. Asked user to test on the office LAN tomorrow.",
            ]
        ),
        german: DemoScript(
            subjects: [
                "SAP-Kurzdump in ME21N",
                "MIGO: Buchungsperiode nicht geöffnet",
                "Bestellung {number} durch anderen Benutzer gesperrt",
                "SAP GUI stürzt beim Drucken ab",
                "Laufzeitfehler TIME_OUT im Bericht",
                "Rechnung lässt sich in MIRO nicht buchen",
                "SAP-Bericht läuft endlos",
                "SAP GUI: Verbindung zum Partner unterbrochen",
            ],
            openings: [
                "Hallo, jedes Mal, wenn ich in ME21N eine Bestellung sichere, kommt ein Kurzdump „TSV_TNEW_PAGE_ALLOC_FAILED“. Nur bei dieser einen Bestellung mit 400 Positionen. Screenshot anbei.",
                "Guten Morgen, Wareneingang in MIGO geht nicht: „Buchungen sind nur in den Perioden 2024/11 und 2024/10 im Buchungskreis 1000 möglich“. Heute ist der Erste, vermutlich ist die neue Periode noch nicht offen?",
                "Hallo, ich kann die Bestellung 4500012345 nicht ändern, weil „Bestellung 4500012345 wird gerade von Benutzer MHOFMANN bearbeitet“. Der ist aber zwei Wochen im Urlaub!",
                "SAP GUI schließt sich komplett, wenn ich einen Lieferschein drucke. Keine Fehlermeldung, einfach weg. Seit dem Windows-Update am Dienstag.",
                "Beim Buchen der Eingangsrechnung in MIRO kommt „Saldo ist nicht null: 0,02 EUR Soll“. Die Rechnung ist aber korrekt erfasst, es geht um Rundungsdifferenzen. Wie soll ich das buchen?",
                "Ich bekomme mehrmals am Tag „Verbindung zum Partner unterbrochen“ im SAP GUI, vor allem über VPN. Dabei geht jedes Mal meine ungesicherte Arbeit verloren.",
            ],
            followUps: [
                "Buchung hat geklappt, danke für die schnelle Hilfe.",
                "Der Dump ist gerade wieder gekommen, gleiche Transaktion.",
                "Die Sperre ist weg, ich kann die Bestellung jetzt bearbeiten.",
                "SAP GUI neu installiert, stürzt aber weiterhin ab.",
            ],
            replies: [
                "Hallo {requester}, danke für den Screenshot. Können Sie mir die genaue Uhrzeit des Dumps nennen? Dann finde ich ihn in der ST22 und kann nachvollziehen, was passiert ist. Viele Grüße, {agent}",
                "Hallo {requester}, die neue Buchungsperiode ist jetzt geöffnet (OB52 und MMPV). Bitte versuchen Sie den Wareneingang erneut. Gruß, {agent}",
                "Hallo {requester}, der Sperreintrag stammte aus einer abgebrochenen Sitzung Ihres Kollegen. Ich habe mich mit seiner Vertretung abgestimmt und die Sperre in der SM12 gelöscht. {agent}",
                "Hallo {requester}, der Absturz beim Drucken ist ein bekannter Fehler von SAP GUI 7.70 Patch 2 mit dem letzten Windows-Update. Ich habe Ihnen Patch 5 verteilt, bitte einmal neu starten. {agent}",
                "Hallo {requester}, Kleinstdifferenzen bis 0,05 EUR können Sie in MIRO über die Registerkarte „Details“ mit dem Kennzeichen für Kleindifferenzen buchen. Ist das Feld bei Ihnen ausgegraut, passen wir die Toleranz an. {agent}",
                "Hallo {requester}, die Korrektur ist in die Produktion transportiert, bitte noch einmal testen. Ohne Rückmeldung schließe ich das Ticket {ticket} am Freitag. {agent}",
            ],
            notes: [
                "ST22: TSV_TNEW_PAGE_ALLOC_FAILED in SAPLMEPO, interne Tabelle bei 400 Positionen x Konditionen. Workaround: Bestellung aufteilen. OSS-Hinweis wird gesucht.",
                "MMPV für Buchungskreis 1000 diesen Monat nicht gelaufen, Job Z_MMPV_MONTHLY mit gelöschter Variante abgebrochen. Manuell nachgeholt.",
                "SM12: Sperre auf EKKO 4500012345 von MHOFMANN seit 3 Tagen, keine aktive Sitzung in SM04. Nach Freigabe der Teamleitung gelöscht.",
                "Toleranzschlüssel BD für Buchungskreis 1000 steht auf 0,00. Änderung über Customizing-Transport beantragt.",
                "Abbrüche korrelieren mit VPN-Reconnects. User testet morgen im Büro am LAN.",
            ]
        ),
        escalationReasons: [
            "Dump in standard SAP code, we need an OSS message to SAP. Handing over to Basis.",
            "Customizing-Änderung (Toleranzgruppen) erforderlich, das darf nur das FI-Kernteam.",
            "Job scheduling issue affects all company codes, needs SAP Basis.",
            "Fehler tritt nur im Produktivmandanten 100 auf, nicht in der QAS. Bitte Basis prüfen.",
        ]
    )
}

// MARK: - Scenarios: devices and networks

extension DemoCorpus {
    private static let laptopProblem = DemoScenario(
        category: "hardware", tier: 1, weight: 10,
        priorities: ["normal", "normal", "high", "low"],
        tags: ["laptop", "hardware", "performance"],
        english: DemoScript(
            subjects: [
                "Laptop extremely slow",
                "{device} won't boot",
                "Blue screen CRITICAL_PROCESS_DIED",
                "BitLocker asks for recovery key",
                "Coffee on keyboard",
                "Display flickering on {device}",
                "Battery only lasts one hour",
                "Docking station: no external monitors",
                "Laptop fan very loud",
            ],
            openings: [
                "My laptop is so slow that I can't work. Opening Excel takes two minutes.",
                "Hi, my laptop shows a blue screen with \u{201C}CRITICAL_PROCESS_DIED\u{201D} and restarts. It happened four times today. I've saved my work on OneDrive, but I'm scared it dies completely.",
                "Hello, after the update last night my laptop asks for a BitLocker recovery key when starting. I don't have any key. What do I do?",
                "Hi... I spilled coffee on my keyboard. I turned it off immediately. Some keys don't work anymore. Sorry!",
                "Good morning, since I work in the new office on floor 4 the docking station doesn't show anything on the two monitors. Charging works. At my old desk it was fine.",
                "Hello IT, my battery drops from 100% to 0 in about an hour, even when I'm just writing emails. The laptop is 4 years old. Can I get a new battery or a new laptop?",
            ],
            followUps: [
                "Much faster after the update and the restart, thanks!",
                "The recovery key worked, Windows started. Thanks!",
                "Still blue screens, twice this morning.",
                "When can I pick up the loaner laptop?",
                "Monitors work now with the new cable.",
            ],
            replies: [
                "Hi {requester}, I'll call you in a few minutes. Please keep the laptop connected to power and the network so I can look at it remotely. Best, {agent}",
                "Hi {requester}, I'll give you the BitLocker recovery key by phone after a short identity check. It's 48 digits, the laptop will ask for it once; afterwards it starts normally. Regards, {agent}",
                "Hi {requester}, please bring the laptop to the IT service point on the ground floor (room C0.12), we'll give you a loaner right away and send yours in for repair. Your data is on OneDrive, so nothing is lost. {agent}",
                "Hi {requester}, the laptop had only 3 GB of free space and a pending BIOS update. I've cleaned up temp files and installed the update. Please restart once and tell me if it's better. {agent}",
                "Hello {requester}, the docking station needs a firmware update for the new monitors. I've pushed it via Intune; please undock, wait 2 minutes and dock again. {agent}",
                "Hi {requester}, glad it's working. Closing {ticket}. {agent}",
            ],
            notes: [
                "Remote session: disk C: 3 GB free, 41 GB in Downloads. Defender full scan running during business hours (policy misconfigured). Fixed schedule.",
                "Minidump analysed: ntoskrnl + iaStorAVC.sys, old Intel RST driver. Updated storage driver.",
                "BitLocker key retrieved from Entra ID (device NB-HH-0412), identity checked via callback. Trigger was BIOS update.",
                "Liquid damage, keyboard and possibly mainboard. Sent to Lenovo depot repair, RMA 7081234. Loaner NB-POOL-07 issued.",
                "Battery health 38% (powercfg /batteryreport). Device out of warranty; replacement laptop requested via normal order.",
            ]
        ),
        german: DemoScript(
            subjects: [
                "Laptop extrem langsam",
                "{device} startet nicht mehr",
                "Bluescreen CRITICAL_PROCESS_DIED",
                "BitLocker fragt nach Wiederherstellungsschlüssel",
                "Kaffee über Tastatur",
                "Bildschirm flackert",
                "Akku hält nur noch eine Stunde",
                "Dockingstation: externe Monitore bleiben schwarz",
                "Lüfter extrem laut",
            ],
            openings: [
                "Mein Laptop ist so langsam, dass ich nicht arbeiten kann. Excel zu öffnen dauert zwei Minuten.",
                "Hallo, mein Laptop zeigt einen Bluescreen mit „CRITICAL_PROCESS_DIED“ und startet neu. Heute schon viermal. Meine Daten liegen auf OneDrive, aber ich habe Angst, dass er ganz ausfällt.",
                "Guten Morgen, nach dem Update heute Nacht will mein Laptop beim Start einen BitLocker-Wiederherstellungsschlüssel. Ich habe keinen Schlüssel. Was tun?",
                "Hallo… mir ist Kaffee über die Tastatur gelaufen. Ich habe den Laptop sofort ausgeschaltet. Einige Tasten gehen nicht mehr. Tut mir leid!",
                "Hallo IT, seit ich im neuen Büro im 4. OG sitze, bleiben beide Monitore an der Dockingstation schwarz. Laden funktioniert. Am alten Platz ging alles.",
                "Mein Akku ist nach einer Stunde leer, auch wenn ich nur Mails schreibe. Der Laptop ist vier Jahre alt. Bekomme ich einen neuen Akku oder gleich einen neuen Laptop?",
            ],
            followUps: [
                "Nach Update und Neustart viel schneller, danke!",
                "Der Schlüssel hat funktioniert, Windows startet wieder. Danke!",
                "Immer noch Bluescreens, heute früh zweimal.",
                "Wann kann ich das Leihgerät abholen?",
                "Mit dem neuen Kabel gehen die Monitore jetzt.",
            ],
            replies: [
                "Hallo {requester}, ich rufe Sie gleich an. Bitte lassen Sie den Laptop am Strom und im Netzwerk, dann schaue ich per Fernwartung drauf. Viele Grüße, {agent}",
                "Hallo {requester}, den BitLocker-Wiederherstellungsschlüssel gebe ich Ihnen nach kurzer Identitätsprüfung telefonisch durch. Er hat 48 Ziffern und wird nur einmal abgefragt, danach startet der Laptop wieder normal. Gruß, {agent}",
                "Hallo {requester}, bitte bringen Sie den Laptop zum IT-Servicepunkt im EG (Raum C0.12). Sie bekommen sofort ein Leihgerät, Ihr Gerät geht in Reparatur. Ihre Daten liegen auf OneDrive, es geht nichts verloren. {agent}",
                "Hallo {requester}, auf dem Laptop waren nur noch 3 GB frei und ein BIOS-Update stand aus. Ich habe temporäre Dateien bereinigt und das Update installiert. Bitte einmal neu starten und Bescheid geben, ob es besser ist. {agent}",
                "Hallo {requester}, die Dockingstation braucht ein Firmware-Update für die neuen Monitore. Ich habe es per Intune verteilt; bitte Laptop abdocken, 2 Minuten warten und wieder andocken. {agent}",
                "Hallo {requester}, freut mich, dass es wieder läuft. Ich schließe das Ticket {ticket}. {agent}",
            ],
            notes: [
                "Fernwartung: C: nur 3 GB frei, 41 GB im Download-Ordner. Defender-Vollscan lief zur Arbeitszeit (Richtlinie falsch), Zeitplan korrigiert.",
                "Minidump ausgewertet: ntoskrnl + iaStorAVC.sys, alter Intel-RST-Treiber. Speichertreiber aktualisiert.",
                "BitLocker-Schlüssel aus Entra ID (Gerät NB-AUG-0231) abgerufen, Identität per Rückruf geprüft. Auslöser war das BIOS-Update.",
                "Flüssigkeitsschaden, Tastatur und evtl. Mainboard. Ab zur Reparatur, RMA 7081234. Leihgerät NB-POOL-07 ausgegeben.",
                "Akkuzustand 38 % (powercfg /batteryreport). Keine Garantie mehr, Ersatzgerät über Bestellprozess angefordert.",
            ]
        ),
        escalationReasons: [
            "Repeated BSOD after driver update, needs deeper analysis of the memory dump.",
            "BitLocker-Schlüssel nicht in Entra ID hinterlegt, Gerät war nie korrekt registriert.",
            "Device is a lab machine with special software, reimaging must be coordinated with R&D.",
            "Garantiefall mit Vor-Ort-Service, Auftrag muss von Tier 2 beim Hersteller eröffnet werden.",
        ]
    )

    private static let newLaptop = DemoScenario(
        category: "hardware", tier: 1, weight: 6,
        priorities: ["low", "normal", "normal"],
        tags: ["laptop", "onboarding", "hardware-request"],
        english: DemoScript(
            subjects: [
                "New laptop for new hire, cost centre {number}",
                "Request: second monitor",
                "Laptop replacement - device is 5 years old",
                "Need a {device} for CAD work",
                "Onboarding: hardware for new team member",
                "Return of laptop after leaving",
                "Request: headset and docking station",
                "Loaner laptop for trade fair in {site}",
            ],
            openings: [
                "Hi, we have a new working student starting on Monday. Could you prepare a laptop and a headset? Cost centre 4711.",
                "Hello, my laptop is five years old and really struggles with Teams and Excel at the same time. Is it due for replacement? I'm happy to keep it if there's nothing available.",
                "Hi IT, for the new CAD project I need a machine that can run SolidWorks properly. My colleagues have the workstation model, can I get one too? My manager is in CC.",
                "Hello, two colleagues and I will be at a trade fair next week and need three loaner laptops with PowerPoint and VPN for the demo booth. From Tuesday to Friday.",
                "Hi, could I get a second monitor? I work with SAP and Excel side by side all day and constantly switch windows.",
            ],
            followUps: [
                "Manager approval attached.",
                "Picked up the laptop today, everything works. Thanks!",
                "Is there any update? The new colleague starts on Monday.",
                "Can I keep my old one until the data is copied?",
            ],
            replies: [
                "Hi {requester}, for new hardware we need an order in the Self-Service-Portal with your manager's approval: https://selfservice.example.com, category \u{201C}Hardware\u{201D}. Once it's approved we deliver within 5 working days. Best, {agent}",
                "Hi {requester}, your laptop is past the 4-year cycle, so a replacement is covered by the IT budget. I've reserved a ThinkPad T14 for you; we'll make an appointment to swap it. Regards, {agent}",
                "Hi {requester}, the laptop for your new colleague is ready and set up with her account. She can pick it up on her first day at the IT service point (room C0.12) from 8am. {agent}",
                "Hi {requester}, three loaner laptops are reserved for the fair. Please pick them up on Monday afternoon and return them by the following Monday. {agent}",
                "Hi {requester}, the monitor is ordered and will be delivered to your desk this week. Closing {ticket} once it's set up. {agent}",
            ],
            notes: [
                "Asset NB-HH-0198, purchased 2019, out of warranty. Eligible for lifecycle replacement.",
                "Order approved by cost centre manager. Staged T14 Gen 4 via Autopilot, profile 'Standard Office'.",
                "CAD workstation needs approval from R&D lead (budget > 3,000 EUR). Asked manager.",
                "Loaner pool: NB-POOL-03, -05, -09 reserved, VPN profile and Office checked.",
            ]
        ),
        german: DemoScript(
            subjects: [
                "Neuer Laptop für Neueinstellung, Kostenstelle {number}",
                "Antrag: zweiter Monitor",
                "Laptoptausch – Gerät ist 5 Jahre alt",
                "Benötige {device} für CAD-Arbeit",
                "Onboarding: Hardware für neue Kollegin",
                "Rückgabe Laptop nach Austritt",
                "Headset und Dockingstation benötigt",
                "Leihgeräte für Messe in {site}",
            ],
            openings: [
                "Hallo, bei uns fängt am Montag ein neuer Werkstudent an. Könnten Sie bitte Laptop und Headset vorbereiten? Kostenstelle 4711.",
                "Guten Tag, mein Laptop ist fünf Jahre alt und kommt mit Teams und Excel gleichzeitig kaum noch klar. Steht da ein Austausch an? Wenn nichts da ist, behalte ich ihn auch gern noch.",
                "Hallo IT, für das neue Konstruktionsprojekt brauche ich einen Rechner, auf dem SolidWorks vernünftig läuft. Die Kollegen haben das Workstation-Modell, kann ich das auch bekommen? Mein Chef ist in CC.",
                "Hallo, ich bin mit zwei Kollegen nächste Woche auf einer Messe und wir brauchen drei Leihlaptops mit PowerPoint und VPN für den Messestand. Von Dienstag bis Freitag.",
                "Hallo, könnte ich einen zweiten Monitor bekommen? Ich arbeite den ganzen Tag mit SAP und Excel nebeneinander und schiebe ständig Fenster hin und her.",
            ],
            followUps: [
                "Genehmigung meines Vorgesetzten hängt an.",
                "Laptop heute abgeholt, alles funktioniert. Danke!",
                "Gibt es schon einen Stand? Die neue Kollegin fängt am Montag an.",
                "Kann ich den alten behalten, bis die Daten rüberkopiert sind?",
            ],
            replies: [
                "Hallo {requester}, neue Hardware bestellen Sie bitte im [Self-Service-Portal](https://selfservice.example.com) unter „Hardware“ mit Freigabe Ihrer Führungskraft. Nach der Genehmigung liefern wir innerhalb von 5 Arbeitstagen. Viele Grüße, {agent}",
                "Hallo {requester}, Ihr Laptop ist über dem 4-Jahres-Zyklus, der Austausch läuft also über das IT-Budget. Ich habe ein ThinkPad T14 für Sie reserviert und melde mich wegen eines Tauschtermins. Gruß, {agent}",
                "Hallo {requester}, der Laptop für Ihre neue Kollegin ist eingerichtet. Sie kann ihn am ersten Tag ab 8 Uhr am IT-Servicepunkt (Raum C0.12) abholen. {agent}",
                "Hallo {requester}, drei Leihlaptops sind für die Messe reserviert. Bitte am Montagnachmittag abholen und bis zum darauffolgenden Montag zurückbringen. {agent}",
                "Hallo {requester}, der Monitor ist bestellt und wird diese Woche an Ihren Platz geliefert. Ich schließe das Ticket {ticket}, sobald er angeschlossen ist. {agent}",
            ],
            notes: [
                "Asset NB-HH-0198, Baujahr 2019, keine Garantie mehr. Lifecycle-Tausch berechtigt.",
                "Bestellung durch Kostenstellenverantwortlichen freigegeben. T14 Gen 4 per Autopilot vorbereitet, Profil „Standard Büro“.",
                "CAD-Workstation braucht Freigabe der F&E-Leitung (Budget über 3.000 EUR). Bei Vorgesetztem nachgefragt.",
                "Leihpool: NB-POOL-03, -05, -09 reserviert, VPN-Profil und Office geprüft.",
            ]
        ),
        escalationReasons: [
            "Special hardware outside the standard catalogue, needs procurement via tier 2.",
            "Autopilot-Registrierung schlägt fehl (Hash-Upload), bitte Intune-Team.",
            "Budget approval missing for workstation class device.",
        ]
    )

    private static let wifi = DemoScenario(
        category: "wifi", tier: 1, weight: 8,
        priorities: ["normal", "normal", "high", "low"],
        tags: ["wifi", "wlan", "network"],
        english: DemoScript(
            subjects: [
                "Wi-Fi keeps dropping",
                "No Wi-Fi in meeting room {room}",
                "Can't connect to NW-Corp",
                "Guest Wi-Fi for visitors tomorrow",
                "Wi-Fi very slow on floor {floor}",
                "\u{201C}Can't connect to this network\u{201D} on {device}",
                "Wi-Fi at {site} asks for certificate",
                "Teams calls drop on Wi-Fi",
            ],
            openings: [
                "The Wi-Fi keeps disconnecting every 10 minutes or so. LAN cable is fine.",
                "Hi, in meeting room Elbe there is basically no Wi-Fi. The signal shows one bar and video calls are impossible. We have a customer meeting there on Thursday.",
                "Hello, my laptop says \u{201C}Can't connect to this network\u{201D} for NW-Corp since I got it back from repair. My phone connects without problems.",
                "Hi, we have 12 visitors from a partner company tomorrow for a workshop. How do they get Wi-Fi access?",
                "Hi IT, on the 4th floor the Wi-Fi is extremely slow in the afternoons. Speedtest shows 2 Mbit/s. In the morning it's okay. Lots of people complain.",
            ],
            followUps: [
                "Connected now, thanks!",
                "Still dropping, especially when I walk to the meeting rooms.",
                "The guest vouchers worked fine, thanks for organising.",
                "Same problem in room B3.01 by the way.",
            ],
            replies: [
                "Hi {requester}, please forget the NW-Corp network (Settings, Network & Internet, Wi-Fi, Manage known networks) and restart. The laptop will reconnect automatically with its certificate. Best, {agent}",
                "Hi {requester}, guest access: visitors connect to NW-Guest and register with their mobile number. For a group, you can create vouchers yourself in the [Self-Service-Portal](https://selfservice.example.com) under \u{201C}Guest Wi-Fi\u{201D}. Regards, {agent}",
                "Hi {requester}, thanks for the details. The access point in that room is faulty; the network team will replace it this week. Until then the LAN ports on the table work. {agent}",
                "Hello {requester}, your laptop's Wi-Fi certificate was missing after the repair. I've renewed it via Intune; please restart and connect again. {agent}",
                "Hi {requester}, the new access point is installed. Please let me know if it's better, otherwise I'll close {ticket} on Friday. {agent}",
            ],
            notes: [
                "Wireless controller: AP-HH-3-07 rebooting every ~10 min, PoE budget on switch exceeded. Forwarded to network team.",
                "Client had no machine certificate after mainboard swap, 802.1X EAP-TLS failed (RADIUS: 'certificate not found'). Re-enrolled via Intune SCEP profile.",
                "Floor 4: channel utilisation 85% on 2.4 GHz in the afternoon, 40+ clients on one AP. Band steering disabled there? Asked network team.",
                "Intel AX201 driver 22.40 has known roaming issue, updated to 23.x.",
            ]
        ),
        german: DemoScript(
            subjects: [
                "WLAN bricht ständig ab",
                "Kein WLAN im Besprechungsraum {room}",
                "Keine Verbindung mit NW-Corp",
                "Gäste-WLAN für Besucher morgen",
                "WLAN im {floor}. OG sehr langsam",
                "„Mit diesem Netzwerk kann keine Verbindung hergestellt werden“",
                "WLAN am Standort {site} verlangt Zertifikat",
                "Teams-Anrufe brechen im WLAN ab",
            ],
            openings: [
                "Das WLAN fliegt alle 10 Minuten raus. Mit Kabel geht es.",
                "Hallo, im Besprechungsraum Elbe gibt es praktisch kein WLAN. Ein Balken, Videocalls unmöglich. Wir haben dort am Donnerstag einen Kundentermin.",
                "Guten Tag, mein Laptop meldet bei NW-Corp „Mit diesem Netzwerk kann keine Verbindung hergestellt werden“, seit ich ihn aus der Reparatur zurück habe. Das Handy verbindet sich problemlos.",
                "Hallo, wir haben morgen 12 Besucher von einem Partnerunternehmen zum Workshop. Wie kommen die ins WLAN?",
                "Hallo IT, im 4. OG ist das WLAN nachmittags extrem langsam, Speedtest zeigt 2 MBit/s. Vormittags geht es. Viele Kollegen beschweren sich schon.",
            ],
            followUps: [
                "Jetzt verbunden, danke!",
                "Bricht immer noch ab, vor allem wenn ich zu den Besprechungsräumen laufe.",
                "Die Gäste-Gutscheine haben gut funktioniert, danke fürs Organisieren.",
                "Im Raum B3.01 übrigens das gleiche Problem.",
            ],
            replies: [
                "Hallo {requester}, bitte entfernen Sie das Netzwerk NW-Corp (Einstellungen, Netzwerk und Internet, WLAN, „Bekannte Netzwerke verwalten“, „Nicht speichern“) und starten Sie neu. Der Laptop verbindet sich dann automatisch mit seinem Zertifikat. Viele Grüße, {agent}",
                "Hallo {requester}, Gäste verbinden sich mit NW-Guest und registrieren sich mit ihrer Handynummer. Für Gruppen können Sie im [Self-Service-Portal](https://selfservice.example.com) unter „Gäste-WLAN“ selbst Gutscheine erzeugen. Gruß, {agent}",
                "Hallo {requester}, danke für die Details. Der Access Point in dem Raum ist defekt, das Netzwerkteam tauscht ihn diese Woche. Bis dahin funktionieren die LAN-Anschlüsse am Tisch. {agent}",
                "Hallo {requester}, nach der Reparatur fehlte das WLAN-Zertifikat Ihres Laptops. Ich habe es per Intune erneuert; bitte neu starten und erneut verbinden. {agent}",
                "Hallo {requester}, der neue Access Point ist installiert. Geben Sie gern Bescheid, ob es besser ist, sonst schließe ich das Ticket {ticket} am Freitag. {agent}",
            ],
            notes: [
                "WLAN-Controller: AP-HH-3-07 startet alle ~10 min neu, PoE-Budget am Switch überschritten. An Netzwerkteam übergeben.",
                "Nach Mainboardtausch kein Maschinenzertifikat, 802.1X EAP-TLS schlägt fehl (RADIUS: „certificate not found“). SCEP-Profil per Intune neu ausgerollt.",
                "4. OG: Kanalauslastung 85 % auf 2,4 GHz nachmittags, über 40 Clients an einem AP. Band Steering prüfen lassen.",
                "Intel-AX201-Treiber 22.40 mit bekanntem Roaming-Problem, auf 23.x aktualisiert.",
            ]
        ),
        escalationReasons: [
            "Access point defective, needs replacement by the network team.",
            "RADIUS-Server lehnt alle Clients am Standort ab, vermutlich abgelaufenes Serverzertifikat.",
            "Coverage problem needs a site survey, not fixable at tier 1.",
        ]
    )
}

// MARK: - Scenarios: software, security, access

extension DemoCorpus {
    private static let softwareInstall = DemoScenario(
        category: "software", tier: 1, weight: 10,
        priorities: ["low", "low", "normal", "normal"],
        tags: ["software", "install", "license"],
        english: DemoScript(
            subjects: [
                "Please install {app}",
                "Software request: {app}",
                "Need admin rights to install a driver",
                "{app} licence expired",
                "Company Portal: installation failed (0x87D1041C)",
                "Update {app} to latest version",
                "Python and VS Code for data analysis",
                "{app} not in Company Portal",
            ],
            openings: [
                "Hi, could you install Notepad++ on my laptop? Thanks.",
                "Hello, I need Power BI Desktop for the new sales dashboard. My manager said it's free, but I can't install it because I don't have admin rights.",
                "Hi, Adobe Acrobat suddenly says my licence has expired and I can only read PDFs. I need to edit and sign contracts today.",
                "Hi IT, in the Company Portal the installation of SAP GUI fails with \u{201C}0x87D1041C: The application was not detected after installation completed successfully\u{201D}. I tried twice.",
                "Hello, for a data project I need Python 3.12 with pandas and Visual Studio Code. A few colleagues in R&D have this already. Who do I ask for approval?",
            ],
            followUps: [
                "Installed, works fine. Thank you!",
                "The Company Portal shows \u{201C}Installed\u{201D} but I can't find it in the start menu.",
                "My manager approved it in the portal just now.",
                "Do I need to restart?",
            ],
            replies: [
                "Hi {requester}, the software is available in the Company Portal: open \u{201C}Company Portal\u{201D} from the start menu, search for it and click Install. No admin rights needed. Best, {agent}",
                "Hi {requester}, this software isn't in our standard catalogue, so we need a short request in the Self-Service-Portal (https://selfservice.example.com, \u{201C}Software request\u{201D}) with your manager's approval and the business reason. Then IT security reviews it, usually within 3 days. Regards, {agent}",
                "Hi {requester}, I've assigned an Acrobat Pro licence to your account. Please sign out in Acrobat (Help, Sign Out) and sign in again. {agent}",
                "Hi {requester}, the installation detection rule was wrong for that package; it's fixed now. Please click \u{201C}Retry\u{201D} in the Company Portal. {agent}",
                "Hi {requester}, it's installed and licensed. Closing {ticket}. {agent}",
            ],
            notes: [
                "Licence pool Acrobat Pro: 0 free. Reclaimed licence from a user who left in March (checked with HR list).",
                "Intune app 'SAP GUI 7.70' detection rule checks wrong registry key after PL5. Fixed detection, redeployed.",
                "Software not on whitelist; requires security review (vendor, data flows). Created review task for IT security.",
                "Installed via remote session with LAPS password, driver for the lab oscilloscope. Local admin not granted permanently.",
            ]
        ),
        german: DemoScript(
            subjects: [
                "Bitte {app} installieren",
                "Softwareanforderung: {app}",
                "Adminrechte für Treiberinstallation benötigt",
                "Lizenz für {app} abgelaufen",
                "Unternehmensportal: Installation fehlgeschlagen (0x87D1041C)",
                "Update von {app} auf aktuelle Version",
                "Python und VS Code für Datenanalyse",
                "{app} fehlt im Unternehmensportal",
            ],
            openings: [
                "Hallo, könnten Sie mir bitte Notepad++ installieren? Danke.",
                "Guten Tag, ich brauche Power BI Desktop für das neue Vertriebsdashboard. Mein Chef meint, das ist kostenlos, aber ich kann es nicht installieren, weil mir die Adminrechte fehlen.",
                "Hallo, Adobe Acrobat sagt plötzlich, meine Lizenz sei abgelaufen, und ich kann PDFs nur noch lesen. Ich muss heute Verträge bearbeiten und unterschreiben.",
                "Hallo IT, im Unternehmensportal bricht die Installation von SAP GUI mit „0x87D1041C: Die Anwendung wurde nach erfolgreicher Installation nicht erkannt“ ab. Zweimal probiert.",
                "Hallo, für ein Datenprojekt benötige ich Python 3.12 mit pandas und Visual Studio Code. Einige Kollegen in der F&E haben das schon. Wer muss das genehmigen?",
                "Guten Morgen, für das neue Messgerät im Labor muss ein USB-Treiber installiert werden. Dafür fehlen mir die Rechte. Können Sie mir kurz Adminrechte geben?",
            ],
            followUps: [
                "Installiert, läuft. Vielen Dank!",
                "Im Unternehmensportal steht „Installiert“, ich finde es aber nicht im Startmenü.",
                "Mein Vorgesetzter hat es gerade im Portal genehmigt.",
                "Muss ich neu starten?",
            ],
            replies: [
                "Hallo {requester}, das Programm steht im Unternehmensportal bereit: „Unternehmensportal“ im Startmenü öffnen, danach suchen und auf „Installieren“ klicken. Adminrechte brauchen Sie dafür nicht. Viele Grüße, {agent}",
                "Hallo {requester}, die Software gehört nicht zum Standardkatalog. Bitte stellen Sie einen kurzen Antrag im Self-Service-Portal (https://selfservice.example.com, „Softwareanforderung“) mit Freigabe Ihrer Führungskraft und Begründung. Die IT-Sicherheit prüft das in der Regel innerhalb von 3 Tagen. Gruß, {agent}",
                "Hallo {requester}, ich habe Ihnen eine Acrobat-Pro-Lizenz zugewiesen. Bitte melden Sie sich in Acrobat einmal ab (Hilfe, Abmelden) und wieder an. {agent}",
                "Hallo {requester}, dauerhafte Adminrechte vergeben wir nicht. Ich installiere den Treiber aber gern per Fernwartung mit Ihnen, passt es in 15 Minuten? {agent}",
                "Hallo {requester}, die Erkennungsregel des Pakets war fehlerhaft und ist korrigiert. Bitte im Unternehmensportal auf „Wiederholen“ klicken. {agent}",
                "Hallo {requester}, installiert und lizenziert. Ich schließe das Ticket {ticket}. {agent}",
            ],
            notes: [
                "Lizenzpool Acrobat Pro: 0 frei. Lizenz eines im März ausgeschiedenen Mitarbeiters zurückgeholt (mit HR-Liste abgeglichen).",
                "Intune-App „SAP GUI 7.70“: Erkennungsregel prüft nach PL5 falschen Registry-Schlüssel. Korrigiert, neu verteilt.",
                "Nicht auf der Whitelist, Sicherheitsprüfung nötig (Hersteller, Datenflüsse). Prüfauftrag an IT-Sicherheit angelegt.",
                "Per Fernwartung mit LAPS-Kennwort installiert (Treiber Oszilloskop). Keine dauerhaften lokalen Adminrechte.",
            ]
        ),
        escalationReasons: [
            "Needs packaging for Intune (no MSI available), that's tier 2 work.",
            "Lizenzbeschaffung erforderlich, keine freien Lizenzen im Pool.",
            "Software talks to an external cloud service, IT security review required.",
        ]
    )

    private static let phishing = DemoScenario(
        category: "security", tier: 2, weight: 6,
        priorities: ["normal", "high", "high", "urgent"],
        tags: ["phishing", "security", "email"],
        english: DemoScript(
            subjects: [
                "Suspicious email - phishing?",
                "I clicked a link in a fake DocuSign mail",
                "Phishing: \u{201C}Your mailbox will be deactivated\u{201D}",
                "Strange invoice from unknown supplier",
                "CEO asked me to buy gift cards?",
                "Fake parcel notification",
                "Entered my password on a strange page",
                "Colleague sent me a weird OneDrive link",
            ],
            openings: [
                "Hi, I got an email saying my mailbox will be deactivated unless I confirm my password. Looks fake to me. Reported it with the button, just letting you know.",
                "Hello, I'm afraid I did something stupid. I opened a DocuSign mail, clicked the link and entered my email and password on a Microsoft login page. Only afterwards I noticed the address was strange. What should I do now?",
                "Hi, I received an email from our CEO asking me to urgently buy Apple gift cards for a customer and send him the codes. The address is from gmail. This is fake, right?",
                "Hi IT, a supplier we know sent us an invoice with new bank details. The email looks genuine but the domain is slightly different (nordvvind instead of nordwind). Should accounting pay it?",
                "A colleague from Sales sent me a OneDrive link \u{201C}Q3 results\u{201D} but he says he didn't send anything. I haven't opened it.",
            ],
            followUps: [
                "I changed my password as you said.",
                "Thanks for the quick reaction, I feel much better now.",
                "Got another one just like it this morning.",
                "Do I need to do anything else?",
            ],
            replies: [
                "Hi {requester}, thanks for reporting! It is indeed phishing. We've removed it from all mailboxes. You don't need to do anything else. Best, {agent}",
                "Hi {requester}, thanks for telling us right away, that's exactly right. I've reset your password, revoked all sessions and checked your mailbox rules. Please set a new password now and confirm the MFA prompt only if you triggered it yourself. Regards, {agent}",
                "Hi {requester}, yes, this is a classic CEO fraud attempt. Please don't reply and don't buy anything. We've blocked the sender. {agent}",
                "Hi {requester}, please don't pay the invoice. The domain is a lookalike and the bank account change is not confirmed. Please call the supplier on the number you already have on file to verify. {agent}",
                "Hi {requester}, the investigation is complete: no further access to your account after the reset. Closing {ticket}. {agent}",
            ],
            notes: [
                "Same campaign hit 43 mailboxes. Purged via Defender Threat Explorer (soft delete), URL blocked in Safe Links.",
                "Sign-in logs: successful sign-in from IP in NL 4 minutes after click (AiTM proxy). Sessions revoked, password reset, inbox rule 'RSS' forwarding to external address deleted.",
                "Lookalike domain nordvvind.example registered 3 days ago. Added to tenant block list.",
                "No MFA approval after reset, no further suspicious sign-ins in 48 h. Security informed.",
            ]
        ),
        german: DemoScript(
            subjects: [
                "Verdächtige E-Mail – Phishing?",
                "Link in falscher DocuSign-Mail geklickt",
                "Phishing: „Ihr Postfach wird deaktiviert“",
                "Merkwürdige Rechnung von unbekanntem Lieferanten",
                "Geschäftsführer will Gutscheine?",
                "Gefälschte Paketbenachrichtigung",
                "Kennwort auf seltsamer Seite eingegeben",
                "Komischer OneDrive-Link von Kollegen",
            ],
            openings: [
                "Hallo, ich habe eine Mail bekommen, dass mein Postfach deaktiviert wird, wenn ich nicht mein Kennwort bestätige. Sieht für mich nach Fake aus, habe sie über den Melden-Button gemeldet. Nur zur Info.",
                "Hallo, ich glaube, ich habe Mist gebaut. Ich habe eine DocuSign-Mail geöffnet, auf den Link geklickt und auf einer Microsoft-Anmeldeseite Mail und Kennwort eingegeben. Erst danach habe ich gesehen, dass die Adresse komisch war. Was muss ich jetzt tun?",
                "Guten Tag, ich habe eine Mail von unserem Geschäftsführer bekommen, ich soll dringend Apple-Gutscheinkarten für einen Kunden kaufen und ihm die Codes schicken. Die Absenderadresse ist von gmail. Das ist doch gefälscht, oder?",
                "Hallo IT, ein bekannter Lieferant hat uns eine Rechnung mit neuer Bankverbindung geschickt. Die Mail sieht echt aus, aber die Domain ist minimal anders (nordvvind statt nordwind). Soll die Buchhaltung zahlen?",
                "Ein Kollege aus dem Vertrieb hat mir einen OneDrive-Link „Quartalszahlen Q3“ geschickt, sagt aber, er hat nichts verschickt. Ich habe ihn nicht geöffnet.",
            ],
            followUps: [
                "Kennwort habe ich wie besprochen geändert.",
                "Danke für die schnelle Reaktion, jetzt bin ich beruhigt.",
                "Heute Morgen kam noch so eine.",
                "Muss ich noch etwas tun?",
            ],
            replies: [
                "Hallo {requester}, danke für die Meldung! Es handelt sich tatsächlich um Phishing. Wir haben die Mail aus allen Postfächern entfernt. Sie müssen nichts weiter tun. Viele Grüße, {agent}",
                "Hallo {requester}, danke, dass Sie sich sofort gemeldet haben, genau richtig. Ich habe Ihr Kennwort zurückgesetzt, alle Sitzungen beendet und Ihre Postfachregeln geprüft. Bitte vergeben Sie jetzt ein neues Kennwort und bestätigen Sie MFA-Anfragen nur, wenn Sie sich selbst gerade anmelden. Gruß, {agent}",
                "Hallo {requester}, ja, das ist ein klassischer CEO-Fraud-Versuch. Bitte nicht antworten und nichts kaufen. Wir haben den Absender gesperrt. {agent}",
                "Hallo {requester}, bitte die Rechnung nicht bezahlen. Die Domain ist gefälscht, und die neue Bankverbindung ist nicht bestätigt. Rufen Sie den Lieferanten bitte unter der Ihnen bekannten Nummer an. {agent}",
                "Hallo {requester}, die Prüfung ist abgeschlossen: Nach dem Zurücksetzen gab es keine weiteren Zugriffe auf Ihr Konto. Ich schließe das Ticket {ticket}. {agent}",
            ],
            notes: [
                "Gleiche Kampagne in 43 Postfächern. Über Defender Threat Explorer entfernt (Soft Delete), URL in Safe Links blockiert.",
                "Anmeldeprotokoll: erfolgreiche Anmeldung aus NL 4 Minuten nach dem Klick (AiTM-Proxy). Sitzungen widerrufen, Kennwort zurückgesetzt, Posteingangsregel „RSS“ mit Weiterleitung nach extern gelöscht.",
                "Lookalike-Domain nordvvind.example vor 3 Tagen registriert. In die Tenant-Sperrliste aufgenommen.",
                "Nach dem Reset keine MFA-Freigaben und keine verdächtigen Anmeldungen in 48 h. Security informiert.",
            ]
        ),
        escalationReasons: [
            "Credentials confirmed compromised and mail forwarding rule found, security incident per playbook IR-03.",
            "Zahlung wurde bereits ausgeführt, Security und Finanzen müssen sofort eingebunden werden.",
            "Compromised account of a colleague is sending phishing internally, needs the security team now.",
            "Mögliche Malware im Anhang geöffnet, Gerät isolieren und forensisch sichern.",
        ]
    )

    private static let sharedDrive = DemoScenario(
        category: "access", tier: 1, weight: 9,
        priorities: ["low", "normal", "normal", "high"],
        tags: ["fileshare", "permissions", "access-request"],
        english: DemoScript(
            subjects: [
                "Access to shared drive Finance",
                "\u{201C}Access denied\u{201D} on project folder",
                "Network drive missing after reboot",
                "Need write access to Sales EMEA share",
                "Drive letter P: disappeared",
                "Access to SharePoint site for project {number}",
                "Remove access for colleague who left",
                "Can't open files on the {site} file server",
            ],
            openings: [
                "Hi, I need access to the Finance share for the budget planning. My manager knows about it.",
                "Hello, when I open the project folder on P: I get \u{201C}You don't currently have permission to access this folder\u{201D}. Last week it worked. Did something change?",
                "Hi, since the restart this morning my network drive H: is gone. I have all my templates there.",
                "Hi IT, I changed from Logistics to Sales last month. I still see all the logistics folders but none of the Sales EMEA ones. Could you switch my access?",
                "Hello, a colleague left the team and still has access to our HR folder. Please remove it, that's sensitive data.",
            ],
            followUps: [
                "I can see the folder now, thanks!",
                "I can open files but not save, says read-only.",
                "My manager confirmed by mail, see below.",
                "H: is back after logging off and on.",
            ],
            replies: [
                "Hi {requester}, access to folders is approved by the data owner. For the Finance share that's the head of Controlling. I've sent an approval request; once approved, please log off and on again. Best, {agent}",
                "Hi {requester}, I've added you to the group GG_FS_SalesEMEA_RW. Group memberships are only read at logon, so please log off and on (or restart). Regards, {agent}",
                "Hi {requester}, the drive mapping comes from your logon script. Please connect to the VPN first if you're at home, then run `gpupdate /force` in a command prompt and log off. {agent}",
                "Hi {requester}, the colleague's access has been removed. Thanks for pointing it out. {agent}",
                "Hi {requester}, done. Closing {ticket}. {agent}",
            ],
            notes: [
                "Data owner for \\\\fs01\\finanzen is the head of Controlling. Approval request sent via portal workflow.",
                "User was removed from GG_FS_Projekt_Nordlicht_RW by the quarterly access review (no response from manager). Re-added after approval.",
                "Drive mapping GPO filtered on security group, user not in the group after department change.",
                "Removed ex-member from GG_FS_HR_Personal_RW. Note: leaver process should have done this, raised with HR.",
            ]
        ),
        german: DemoScript(
            subjects: [
                "Zugriff auf Laufwerk Finanzen",
                "„Zugriff verweigert“ auf Projektordner",
                "Netzlaufwerk nach Neustart weg",
                "Schreibrechte auf Vertriebsordner benötigt",
                "Laufwerk P: ist verschwunden",
                "Zugriff auf SharePoint-Seite Projekt {number}",
                "Berechtigung für ausgeschiedene Kollegin entfernen",
                "Kein Zugriff auf Dateiserver am Standort {site}",
            ],
            openings: [
                "Hallo, ich brauche Zugriff auf das Laufwerk Finanzen für die Budgetplanung. Mein Chef weiß Bescheid.",
                "Guten Tag, wenn ich den Projektordner auf P: öffne, kommt „Sie verfügen momentan nicht über die Berechtigung, auf diesen Ordner zuzugreifen“. Letzte Woche ging das noch. Hat sich etwas geändert?",
                "Hallo, seit dem Neustart heute früh ist mein Laufwerk H: weg. Da liegen alle meine Vorlagen.",
                "Hallo IT, ich bin letzten Monat von der Logistik in den Vertrieb gewechselt. Ich sehe noch alle Logistikordner, aber keinen einzigen vom Vertrieb. Könnt ihr das bitte umstellen?",
                "Guten Tag, eine Kollegin hat das Team verlassen und hat noch Zugriff auf unseren Personalordner. Bitte entfernen, das sind sensible Daten.",
            ],
            followUps: [
                "Jetzt sehe ich den Ordner, danke!",
                "Ich kann Dateien öffnen, aber nicht speichern, „schreibgeschützt“.",
                "Meine Chefin hat per Mail bestätigt, siehe unten.",
                "Nach Ab- und Anmelden ist H: wieder da.",
            ],
            replies: [
                "Hallo {requester}, Zugriffe auf Ordner genehmigt der jeweilige Datenverantwortliche, beim Laufwerk Finanzen ist das die Leitung Controlling. Ich habe die Freigabe angefragt; danach bitte einmal ab- und wieder anmelden. Viele Grüße, {agent}",
                "Hallo {requester}, ich habe Sie der Gruppe GG_FS_Vertrieb_RW hinzugefügt. Gruppenmitgliedschaften werden nur bei der Anmeldung gelesen, bitte also einmal ab- und anmelden oder neu starten. Gruß, {agent}",
                "Hallo {requester}, die Laufwerke kommen aus dem Anmeldeskript. Bitte zu Hause zuerst das VPN verbinden, dann in der Eingabeaufforderung `gpupdate /force` ausführen und sich ab- und wieder anmelden. {agent}",
                "Hallo {requester}, die Berechtigung der Kollegin ist entfernt. Danke für den Hinweis! {agent}",
                "Hallo {requester}, erledigt. Ich schließe das Ticket {ticket}. {agent}",
            ],
            notes: [
                "Datenverantwortliche für \\\\fs01\\finanzen ist die Leitung Controlling. Freigabe per Portal-Workflow angefragt.",
                "User wurde beim Quartals-Rezertifizierungslauf aus GG_FS_Projekt_Nordlicht_RW entfernt (Vorgesetzter hat nicht reagiert). Nach Freigabe wieder aufgenommen.",
                "Laufwerks-GPO ist auf Sicherheitsgruppe gefiltert, User nach Abteilungswechsel nicht mehr drin.",
                "Ehemalige aus GG_FS_HR_Personal_RW entfernt. Hätte der Austrittsprozess erledigen müssen, an HR gemeldet.",
            ]
        ),
        escalationReasons: [
            "Folder has broken inheritance and explicit ACLs, needs cleanup by the file services team.",
            "Dateiserver am Standort nicht erreichbar, betrifft alle User dort.",
            "DFS namespace points to the old server, tier 2 needs to fix the referral.",
        ]
    )

    private static let phoneHeadset = DemoScenario(
        category: "phone", tier: 1, weight: 5,
        priorities: ["low", "normal", "normal"],
        tags: ["phone", "headset", "teams-phone"],
        english: DemoScript(
            subjects: [
                "Headset not recognised",
                "Jabra Evolve2 65: microphone not working",
                "Desk phone shows \u{201C}Registration failed\u{201D}",
                "Can't make external calls in Teams",
                "Colleagues hear an echo",
                "New headset needed, cable broken",
                "Call forwarding to mobile",
                "Voicemail PIN reset",
            ],
            openings: [
                "My headset doesn't work anymore. Teams doesn't find it.",
                "Hi, people tell me they can't hear me in Teams calls. The Jabra headset shows as connected, the little light is on. Speaker works, I hear them fine.",
                "Hello, the phone on my desk says \u{201C}Registration failed\u{201D} since this morning and I can't make calls. The colleague next to me has the same.",
                "Hi, in Teams I can call colleagues but when I dial an external number I get \u{201C}We couldn't complete the call\u{201D}. I'm new in the customer service team.",
                "Hi IT, in every meeting people complain about an echo when I speak. I use the laptop speakers because my headset is broken. Can I get a new one?",
            ],
            followUps: [
                "Works after reconnecting the dongle, thanks!",
                "The new headset arrived, sounds great.",
                "Still can't call external numbers.",
                "Forwarding works now.",
            ],
            replies: [
                "Hi {requester}, in Teams please click the three dots, Settings, Devices, and select the Jabra for speaker and microphone. Also check that the mute button on the cable or earcup isn't on. Best, {agent}",
                "Hi {requester}, for external calls you need a phone number and a calling licence; I've assigned both. It can take up to 24 hours until the dial pad shows up in Teams. Regards, {agent}",
                "Hi {requester}, a new Jabra Evolve2 40 is on its way to you; you can also pick it up at the IT service point. {agent}",
                "Hello {requester}, the desk phones on your floor lost their registration after a switch restart. They're back now; please unplug your phone and plug it in again if it still shows the error. {agent}",
                "Hi {requester}, sorted. Closing {ticket}. {agent}",
            ],
            notes: [
                "Teams admin center: user had no Teams Phone licence and no DID. Assigned +49 40 555 0123, policy 'NW-DE-National'.",
                "Cisco 8841 on floor 2 lost CUCM registration, VLAN 40 missing on uplink after switch replacement. Network fixed.",
                "Jabra Direct firmware 2.x on the headset, known mic issue with Teams. Updated firmware.",
                "Headset swap from stock, asset HS-0442 issued, old one disposed.",
            ]
        ),
        german: DemoScript(
            subjects: [
                "Headset wird nicht erkannt",
                "Jabra Evolve2 65: Mikrofon geht nicht",
                "Tischtelefon zeigt „Registrierung fehlgeschlagen“",
                "Keine externen Anrufe in Teams möglich",
                "Kollegen hören Echo",
                "Neues Headset benötigt, Kabel kaputt",
                "Rufumleitung aufs Handy einrichten",
                "Voicemail-PIN zurücksetzen",
            ],
            openings: [
                "Mein Headset geht nicht mehr. Teams findet es nicht.",
                "Hallo, die Kollegen sagen, sie hören mich in Teams-Besprechungen nicht. Das Jabra-Headset wird als verbunden angezeigt, das Lämpchen leuchtet. Ich selbst höre alles.",
                "Guten Morgen, das Telefon an meinem Platz zeigt seit heute früh „Registrierung fehlgeschlagen“ und ich kann nicht telefonieren. Beim Kollegen nebenan genauso.",
                "Hallo, in Teams kann ich Kollegen anrufen, aber bei externen Nummern kommt „Der Anruf konnte nicht durchgeführt werden“. Ich bin neu im Kundenservice.",
                "Hallo IT, in jeder Besprechung beschweren sich alle über ein Echo, wenn ich spreche. Ich nutze die Laptoplautsprecher, weil mein Headset kaputt ist. Kann ich ein neues bekommen?",
            ],
            followUps: [
                "Nach dem Neuverbinden des Dongles geht es, danke!",
                "Das neue Headset ist da, klingt super.",
                "Externe Anrufe gehen immer noch nicht.",
                "Die Umleitung funktioniert jetzt.",
            ],
            replies: [
                "Hallo {requester}, bitte in Teams auf die drei Punkte, „Einstellungen“, „Geräte“ und dort das Jabra für Lautsprecher und Mikrofon auswählen. Prüfen Sie auch, ob die Stummtaste am Kabel oder an der Hörmuschel aktiv ist. Viele Grüße, {agent}",
                "Hallo {requester}, für externe Anrufe brauchen Sie eine Rufnummer und eine Telefonielizenz; ich habe beides zugewiesen. Es kann bis zu 24 Stunden dauern, bis die Wähltastatur in Teams erscheint. Gruß, {agent}",
                "Hallo {requester}, ein neues Jabra Evolve2 40 ist an Sie unterwegs; Sie können es auch am IT-Servicepunkt abholen. {agent}",
                "Hallo {requester}, die Tischtelefone auf Ihrer Etage hatten nach einem Switch-Neustart die Registrierung verloren. Jetzt sind sie wieder da; falls Ihres noch den Fehler zeigt, bitte einmal Stecker ziehen und wieder einstecken. {agent}",
                "Hallo {requester}, erledigt. Ich schließe das Ticket {ticket}. {agent}",
            ],
            notes: [
                "Teams Admin Center: keine Teams-Phone-Lizenz, keine Rufnummer. +49 821 555 0188 zugewiesen, Richtlinie „NW-DE-National“.",
                "Cisco 8841 im 2. OG ohne CUCM-Registrierung, VLAN 40 fehlte nach Switchtausch am Uplink. Netzwerk hat korrigiert.",
                "Headset-Firmware veraltet, bekanntes Mikrofonproblem mit Teams. Über Jabra Direct aktualisiert.",
                "Headset aus Lager getauscht, Asset HS-0442 ausgegeben, altes entsorgt.",
            ]
        ),
        escalationReasons: [
            "Number porting or new DID range needed, that's the telephony team.",
            "Alle Tischtelefone am Standort ohne Registrierung, Verdacht auf Problem mit dem Call Manager.",
            "Call queue configuration change requested, needs Teams voice admin.",
        ]
    )
}

// MARK: - Scenarios: collaboration and network

extension DemoCorpus {
    private static let teamsMeeting = DemoScenario(
        category: "software", tier: 1, weight: 7,
        priorities: ["normal", "normal", "high", "low"],
        tags: ["teams", "meeting", "collaboration"],
        english: DemoScript(
            subjects: [
                "Teams: camera not found",
                "Screen sharing shows black screen",
                "Teams meeting room {room}: display not working",
                "Can't join external Teams meeting",
                "Teams keeps signing me out",
                "Teams very slow / white window",
                "External guests can't join our team",
                "Meeting recording missing",
            ],
            openings: [
                "Teams says no camera found. The camera worked yesterday.",
                "Hi, when I share my screen in Teams the others only see black. Sharing a single window works. I have a customer presentation in an hour!",
                "Hello, the Teams room system in meeting room Weser doesn't show anything on the big screen and the touch panel says \u{201C}Device offline\u{201D}. We have a board meeting there at 2pm.",
                "Hi, I can't join a Teams meeting of a customer. It loads forever and then says \u{201C}We couldn't connect you\u{201D}. Internal meetings work.",
                "Hi IT, Teams has been extremely slow since yesterday, the window stays white for a minute after starting and messages arrive late. Restarting didn't help.",
            ],
            followUps: [
                "Screen sharing works now, thank you so much!",
                "Camera is back after the driver update.",
                "Still white window after clearing the cache.",
                "The room works again, thanks for the quick fix before the meeting.",
            ],
            replies: [
                "Hi {requester}, please check Settings, Privacy & security, Camera and make sure \u{201C}Let apps access your camera\u{201D} is on. Some laptops also have a small privacy shutter or an F-key that turns the camera off. Best, {agent}",
                "Hi {requester}, black screen sharing often comes from hardware acceleration. In Teams go to Settings, General and tick \u{201C}Disable GPU hardware acceleration\u{201D}, then restart Teams. Regards, {agent}",
                "Hi {requester}, please clear the Teams cache: quit Teams, press Windows+R, enter %localappdata%\\Packages\\MSTeams_8wekyb3d8bbwe\\LocalCache\\Microsoft\\MSTeams, delete the contents and start Teams again. {agent}",
                "Hi {requester}, a colleague is on the way to the meeting room and will restart the Teams room device. It should be ready in 15 minutes. {agent}",
                "Hi {requester}, external access for that customer's domain was blocked by our policy. I've added it to the allow list. Closing {ticket}. {agent}",
            ],
            notes: [
                "Teams Rooms device MTR-HH-WESER offline in Pro Management Portal, Windows update stuck at reboot. Power-cycled, online again.",
                "Camera disabled in device manager after Lenovo Vantage update. Re-enabled and updated driver.",
                "External domain was on the block list from an old incident. Removed after checking with security.",
                "New Teams client cache corrupt (140 MB logs). Cleared, user ok.",
            ]
        ),
        german: DemoScript(
            subjects: [
                "Teams: Kamera wird nicht gefunden",
                "Bildschirmfreigabe zeigt nur Schwarz",
                "Teams-Raum {room}: Display geht nicht",
                "Kann externer Teams-Besprechung nicht beitreten",
                "Teams meldet mich ständig ab",
                "Teams extrem langsam / weißes Fenster",
                "Externe Gäste können unserem Team nicht beitreten",
                "Besprechungsaufzeichnung fehlt",
            ],
            openings: [
                "Teams sagt, keine Kamera gefunden. Gestern ging sie noch.",
                "Hallo, wenn ich in Teams meinen Bildschirm teile, sehen die anderen nur Schwarz. Ein einzelnes Fenster teilen geht. Ich habe in einer Stunde eine Kundenpräsentation!",
                "Guten Tag, im Besprechungsraum Weser zeigt das Teams-System nichts auf dem großen Bildschirm, und am Touchpanel steht „Gerät offline“. Um 14 Uhr ist dort die Geschäftsleitungssitzung.",
                "Hallo, ich komme nicht in die Teams-Besprechung eines Kunden. Es lädt ewig und dann kommt „Wir konnten Sie nicht verbinden“. Interne Besprechungen gehen.",
                "Hallo IT, Teams ist seit gestern extrem langsam, das Fenster bleibt nach dem Start eine Minute weiß und Nachrichten kommen verspätet. Neustart hat nichts gebracht.",
            ],
            followUps: [
                "Bildschirmfreigabe geht jetzt, tausend Dank!",
                "Die Kamera ist nach dem Treiberupdate wieder da.",
                "Auch nach dem Cache-Leeren weißes Fenster.",
                "Der Raum läuft wieder, danke für die schnelle Hilfe vor der Sitzung.",
            ],
            replies: [
                "Hallo {requester}, bitte prüfen Sie unter Einstellungen, Datenschutz und Sicherheit, Kamera, ob „Apps den Zugriff auf Ihre Kamera erlauben“ eingeschaltet ist. Manche Laptops haben außerdem eine kleine Abdeckung oder eine F-Taste, die die Kamera abschaltet. Viele Grüße, {agent}",
                "Hallo {requester}, ein schwarzes Bild bei der Freigabe kommt oft von der Hardwarebeschleunigung. In Teams unter Einstellungen, Allgemein „GPU-Hardwarebeschleunigung deaktivieren“ anhaken und Teams neu starten. Gruß, {agent}",
                "Hallo {requester}, bitte leeren Sie den Teams-Cache: Teams beenden, Windows+R drücken, %localappdata%\\Packages\\MSTeams_8wekyb3d8bbwe\\LocalCache\\Microsoft\\MSTeams eingeben, den Inhalt löschen und Teams neu starten. {agent}",
                "Hallo {requester}, ein Kollege ist auf dem Weg in den Besprechungsraum und startet das Teams-Raumsystem neu. In 15 Minuten sollte alles laufen. {agent}",
                "Hallo {requester}, der externe Zugriff für die Domain des Kunden war durch unsere Richtlinie gesperrt. Ich habe sie freigegeben. Ich schließe das Ticket {ticket}. {agent}",
            ],
            notes: [
                "Teams-Raumsystem MTR-HH-WESER im Pro Management Portal offline, Windows-Update hing beim Neustart. Strom aus/an, wieder online.",
                "Kamera nach Lenovo-Vantage-Update im Gerätemanager deaktiviert. Aktiviert und Treiber aktualisiert.",
                "Externe Domain stand aus einem alten Vorfall auf der Sperrliste. Nach Rücksprache mit Security entfernt.",
                "Cache des neuen Teams-Clients defekt (140 MB Logs). Geleert, User zufrieden.",
            ]
        ),
        escalationReasons: [
            "Teams Rooms device needs reimaging, tier 2 with vendor support.",
            "Tenant-Richtlinie für externen Zugriff muss geändert werden, nur Teams-Admins.",
            "Recording missing in OneDrive and Stream, possibly a retention policy issue.",
        ]
    )

    private static let lanPort = DemoScenario(
        category: "network", tier: 1, weight: 5,
        priorities: ["normal", "normal", "high"],
        tags: ["network", "lan", "switch"],
        english: DemoScript(
            subjects: [
                "No network at my desk",
                "Network port in room {room} dead",
                "\u{201C}Unidentified network\u{201D} on {device}",
                "Network cable unplugged - but it's plugged in",
                "New desk on floor {floor} needs network port",
                "Very slow network in workshop",
                "Internet not working, intranet works",
                "IP address 169.254.x.x",
            ],
            openings: [
                "No network at my desk. Wi-Fi works but the cable doesn't.",
                "Hi, after the office move my PC shows \u{201C}Unidentified network - No internet\u{201D}. IP address starts with 169.254. The cable is definitely plugged in.",
                "Hello, in room D1.08 none of the wall ports work. We want to set up the training laptops there tomorrow morning.",
                "Hi, the machine terminal in the workshop has very slow network since the new switch was installed. File transfers to the CNC machine take forever.",
                "Internet doesn't work but I can open the intranet and SAP. Colleagues have the same problem.",
            ],
            followUps: [
                "Network works on the other port, thanks.",
                "Still 169.254 after the restart.",
                "The wall ports in D1.08 work now, perfect.",
                "Internet is back for everyone.",
            ],
            replies: [
                "Hi {requester}, please read me the number on the wall port (e.g. 2.14-03) so we can check it on the switch. In the meantime Wi-Fi (NW-Corp) should work fine. Best, {agent}",
                "Hi {requester}, 169.254 means your PC didn't get an address. Please try another cable or port, then run `ipconfig /release` and `ipconfig /renew` in a command prompt. Regards, {agent}",
                "Hi {requester}, the ports in that room weren't patched yet. The network team patched them now. {agent}",
                "Hi {requester}, the proxy had an issue and was restarted. Internet should work again for everyone. Closing {ticket}. {agent}",
                "Hi {requester}, the port was set to the wrong VLAN after the move. Fixed, please unplug and plug in the cable again. {agent}",
            ],
            notes: [
                "Port 2.14-03 on SW-HH-2-A Gi1/0/27: err-disabled (port security, MAC of old docking station). Cleared.",
                "Room D1.08 ports not patched in the patch panel. Network team patched 8 ports to VLAN 20.",
                "Workshop switch negotiated 100 Mbit half duplex with the terminal. Forced 100/full on both sides.",
                "Proxy PRX-HH-01 out of memory, restarted. Monitoring alert had not fired (threshold wrong).",
            ]
        ),
        german: DemoScript(
            subjects: [
                "Kein Netzwerk am Arbeitsplatz",
                "Netzwerkdose im Raum {room} tot",
                "„Nicht identifiziertes Netzwerk“ am {device}",
                "„Netzwerkkabel wurde entfernt“ – Kabel steckt aber",
                "Neuer Arbeitsplatz im {floor}. OG braucht Netzwerkdose",
                "Netzwerk in der Werkstatt sehr langsam",
                "Internet geht nicht, Intranet schon",
                "IP-Adresse 169.254.x.x",
            ],
            openings: [
                "Kein Netzwerk am Platz. WLAN geht, Kabel nicht.",
                "Hallo, nach dem Büroumzug zeigt mein PC „Nicht identifiziertes Netzwerk – Kein Internetzugriff“. Die IP-Adresse fängt mit 169.254 an. Das Kabel steckt definitiv.",
                "Guten Tag, im Raum D1.08 funktioniert keine der Netzwerkdosen. Wir wollen dort morgen früh die Schulungslaptops aufbauen.",
                "Hallo, das Maschinenterminal in der Werkstatt hat seit dem Einbau des neuen Switches sehr langsames Netzwerk. Dateiübertragungen zur CNC-Maschine dauern ewig.",
                "Internet geht nicht, aber Intranet und SAP funktionieren. Die Kollegen haben das gleiche Problem.",
            ],
            followUps: [
                "An der anderen Dose geht es, danke.",
                "Nach Neustart immer noch 169.254.",
                "Die Dosen in D1.08 gehen jetzt, perfekt.",
                "Internet ist für alle wieder da.",
            ],
            replies: [
                "Hallo {requester}, bitte lesen Sie mir die Nummer auf der Netzwerkdose vor (z. B. 2.14-03), dann prüfe ich den Port am Switch. Bis dahin sollte das WLAN (NW-Corp) funktionieren. Viele Grüße, {agent}",
                "Hallo {requester}, 169.254 heißt, Ihr PC hat keine Adresse bekommen. Bitte ein anderes Kabel oder eine andere Dose probieren und dann in der Eingabeaufforderung `ipconfig /release` und `ipconfig /renew` ausführen. Gruß, {agent}",
                "Hallo {requester}, die Dosen in dem Raum waren noch nicht aufgelegt. Das Netzwerkteam hat sie jetzt gepatcht. {agent}",
                "Hallo {requester}, der Proxy hatte ein Problem und wurde neu gestartet. Internet sollte für alle wieder gehen. Ich schließe das Ticket {ticket}. {agent}",
                "Hallo {requester}, der Port lag nach dem Umzug im falschen VLAN. Korrigiert, bitte Kabel einmal ab- und wieder anstecken. {agent}",
            ],
            notes: [
                "Dose 2.14-03 an SW-HH-2-A Gi1/0/27: err-disabled (Port Security, MAC der alten Dockingstation). Zurückgesetzt.",
                "Raum D1.08: Dosen im Patchfeld nicht aufgelegt. Netzwerkteam hat 8 Ports in VLAN 20 gepatcht.",
                "Werkstatt-Switch hat mit dem Terminal 100 Mbit Halbduplex ausgehandelt. Beidseitig auf 100/Voll gesetzt.",
                "Proxy PRX-HH-01 ohne Speicher, neu gestartet. Monitoring hatte nicht alarmiert (Schwellwert falsch).",
            ]
        ),
        escalationReasons: [
            "Switch port configuration change needed, network team.",
            "Mehrere Etagen betroffen, Verdacht auf Problem am Core-Switch.",
            "Cabling work required, needs the facility management contractor.",
        ]
    )
}

// MARK: - Scenarios: system-critical

extension DemoCorpus {
    private static let outage = DemoScenario(
        category: "network", tier: 3, weight: 2,
        priorities: ["urgent", "urgent", "high"],
        tags: ["outage", "major-incident", "infrastructure"],
        english: DemoScript(
            subjects: [
                "Site {site} completely offline",
                "File server not reachable - whole department affected",
                "OUTAGE: nobody can log in at {site}",
                "All printers and drives down on floor {floor}",
                "Email down for everyone?",
                "Warehouse scanners can't reach the server",
                "Citrix farm down - {app} unavailable",
                "Internet and VPN down at {site}",
            ],
            openings: [
                "Nothing works here. No internet, no SAP, no drives. The whole office at Rotterdam is affected.",
                "Hi, the file server seems to be down, nobody in our department can open anything on the P: or Q: drives. It started around 8:15. We have a deadline today, please hurry.",
                "URGENT: all handheld scanners in the warehouse show \u{201C}Server not reachable\u{201D}. Trucks are waiting at the gates and we can't book any goods. Please call me on my mobile.",
                "Hello, is email down? Nobody on our floor received anything in the last hour and sending gets stuck in the outbox. Teams is also very slow.",
                "Hi, nobody at the Wien office can log in since 7:30. Windows shows \u{201C}There are currently no logon servers available to service the logon request\u{201D}.",
            ],
            followUps: [
                "Any news? We're still offline.",
                "Drives are back, thank you for the updates.",
                "Scanners work again, we're catching up now.",
                "Still slow, but working. Thanks!",
            ],
            replies: [
                "Hi {requester}, thanks for reporting. We are aware of the outage and have declared a major incident. Our infrastructure team is working on it; we'll post updates every 30 minutes on the status page https://status.nordwind.example. {agent}",
                "Hi {requester}, the cause was a failed network line at the site. Our provider switched to the backup line at 10:42; everything should work again. Please restart your PC if something still hangs. Best regards, {agent}",
                "Hello {requester}, update: the file server is back online since 11:05. The cause was a full storage volume; we've extended it and will add monitoring. Sorry for the disruption. {agent}",
                "Hi {requester}, the incident is resolved. A post-incident report will be shared with the site managers. Closing {ticket}. {agent}",
                "Hi {requester}, I've linked your ticket to the major incident so you'll get all updates automatically. No need to send further reports. {agent}",
            ],
            notes: [
                "MAJOR INCIDENT declared 08:27. Bridge call open in Teams 'MI Bridge'. Comms lead: service desk supervisor.",
                "PRTG: FW-RTM-01 and both uplinks down since 07:58. Carrier ticket opened (ref 2024-119823). Backup LTE router not failing over.",
                "FS01 volume P: 100% full (VSS snapshots grew after ransomware protection change). Deleted oldest snapshots, volume extended by 500 GB.",
                "Root cause: DC-WIE-01 time drift 9 min after hypervisor host reboot, Kerberos failing. Fixed NTP source, forced resync.",
                "14 tickets linked to the MI so far. Please link new ones, don't work them separately.",
            ]
        ),
        german: DemoScript(
            subjects: [
                "Standort {site} komplett offline",
                "Dateiserver nicht erreichbar – ganze Abteilung betroffen",
                "STÖRUNG: Niemand kann sich in {site} anmelden",
                "Alle Drucker und Laufwerke im {floor}. OG ausgefallen",
                "Mail für alle ausgefallen?",
                "Lagerscanner erreichen den Server nicht",
                "Citrix-Farm down – {app} nicht verfügbar",
                "Internet und VPN am Standort {site} weg",
            ],
            openings: [
                "Hier geht gar nichts mehr. Kein Internet, kein SAP, keine Laufwerke. Das ganze Werk ist betroffen.",
                "Hallo, der Dateiserver scheint weg zu sein, bei uns in der Abteilung kann niemand mehr etwas auf P: oder Q: öffnen. Angefangen hat es gegen 8:15. Wir haben heute Abgabe, bitte beeilen.",
                "DRINGEND: Alle Handscanner im Lager zeigen „Server nicht erreichbar“. Die LKW stehen an den Toren und wir können keine Ware buchen. Bitte auf dem Handy zurückrufen.",
                "Hallo, ist Mail ausgefallen? Bei uns auf der Etage ist seit einer Stunde nichts mehr angekommen und Gesendetes bleibt im Postausgang. Teams ist auch sehr langsam.",
                "Guten Morgen, am Standort Wien kann sich seit 7:30 niemand anmelden. Windows zeigt „Es sind momentan keine Anmeldeserver zum Verarbeiten der Anmeldeanforderung verfügbar“.",
            ],
            followUps: [
                "Gibt es schon was Neues? Wir sind immer noch offline.",
                "Laufwerke sind wieder da, danke für die Updates.",
                "Scanner laufen wieder, wir arbeiten den Rückstau ab.",
                "Noch etwas langsam, aber es geht. Danke!",
            ],
            replies: [
                "Hallo {requester}, danke für die Meldung. Die Störung ist bekannt und als Major Incident eingestuft. Unser Infrastrukturteam arbeitet daran; Updates gibt es alle 30 Minuten auf https://status.nordwind.example. {agent}",
                "Hallo {requester}, Ursache war eine ausgefallene Leitung am Standort. Der Provider hat um 10:42 auf die Backupleitung umgeschaltet, alles sollte wieder funktionieren. Falls noch etwas hängt, bitte den PC neu starten. Viele Grüße, {agent}",
                "Hallo {requester}, Update: Der Dateiserver ist seit 11:05 wieder online. Ursache war ein volles Speichervolume; wir haben es erweitert und die Überwachung ergänzt. Entschuldigen Sie die Störung. {agent}",
                "Hallo {requester}, die Störung ist behoben. Einen Abschlussbericht erhalten die Standortleitungen. Ich schließe das Ticket {ticket}. {agent}",
                "Hallo {requester}, ich habe Ihr Ticket mit dem Major Incident verknüpft, Sie bekommen alle Updates automatisch. Weitere Meldungen sind nicht nötig. {agent}",
            ],
            notes: [
                "MAJOR INCIDENT ausgerufen 08:27. Bridge in Teams „MI Bridge“ offen. Kommunikation: Supervisor Service Desk.",
                "PRTG: FW-AUG-01 und beide Uplinks seit 07:58 down. Störungsticket beim Carrier (Ref. 2024-119823). LTE-Backup schaltet nicht um.",
                "FS01 Volume P: zu 100 % voll (VSS-Schattenkopien gewachsen). Älteste Schattenkopien gelöscht, Volume um 500 GB erweitert.",
                "Ursache: DC-WIE-01 nach Neustart des Hypervisor-Hosts 9 Minuten Zeitabweichung, Kerberos schlägt fehl. NTP-Quelle korrigiert, Resync erzwungen.",
                "Bisher 14 Tickets mit dem MI verknüpft. Neue bitte verknüpfen und nicht einzeln bearbeiten.",
            ]
        ),
        escalationReasons: [
            "Whole site affected, declaring a major incident and paging the on-call infrastructure engineer.",
            "Carrier-Leitung gestört, Eskalation beim Provider läuft, Tier 3 muss Failover prüfen.",
            "Core storage array reports degraded RAID, needs storage vendor engagement.",
            "Mehr als 50 User betroffen, MI-Prozess gemäß Betriebshandbuch.",
        ]
    )

    private static let erpPerformance = DemoScenario(
        category: "sap", tier: 3, weight: 2,
        priorities: ["high", "high", "urgent"],
        tags: ["sap", "performance", "database"],
        english: DemoScript(
            subjects: [
                "SAP extremely slow for everyone",
                "SAP response times > 10 seconds",
                "Month-end close: FI reports time out",
                "MRP run MD01 still running since night",
                "SAP hangs when saving orders",
                "Warehouse transactions in SAP take minutes at {site}",
                "Database performance degraded - ERP",
                "Background jobs piling up in SM37",
            ],
            openings: [
                "SAP is incredibly slow. Every click takes 10-20 seconds. Colleagues in the whole building have the same.",
                "Hi, we're doing month-end closing and every FI report runs into TIME_OUT after 10 minutes. Yesterday the same reports took 30 seconds. This is blocking the whole controlling team.",
                "Hello, the MRP run from last night is still running and production planning can't start. Normally it's done by 5am.",
                "Hi, saving a sales order in VA01 takes almost a minute and sometimes it just hangs with the hourglass. This started after lunch.",
                "Urgent: warehouse transactions in SAP are so slow that the night shift couldn't finish picking. Trucks leave at 6am.",
            ],
            followUps: [
                "It's getting better now, thank you.",
                "Still very slow, especially in ME21N.",
                "The reports ran through, month-end can continue.",
                "Is there an ETA? Management is asking.",
            ],
            replies: [
                "Hi {requester}, thanks, we can see the problem in our monitoring and SAP Basis is analysing it. I'll update you within the hour. Best regards, {agent}",
                "Hi {requester}, a long-running report was blocking database resources. We've stopped it and response times are back to normal. Please let us know if you still see delays. {agent}",
                "Hi {requester}, the MRP run finished at 09:40. The cause was a lock wait with an interface job; we've rescheduled that job. {agent}",
                "Hello {requester}, we've added resources to the database server and the performance is back to normal. A root cause analysis is ongoing. {agent}",
                "Hi {requester}, performance has been stable for 24 hours, closing {ticket}. {agent}",
            ],
            notes: [
                "SM50: all 40 dialog work processes busy, most waiting on DB. ST04: expensive statement from Z_FI_OPEN_ITEMS (full table scan on BSEG).",
                "HANA: memory at 94%, column unloads happening. Large ad-hoc query from a BW extraction. Cancelled with user consent.",
                "SM37: 180 jobs in status 'Ready', only 4 batch WPs. Interface job Z_EDI_INBOUND stuck in lock wait with MD01.",
                "ST03N: avg dialog response 4.8 s (normal 600 ms). DB time 85%. Index Z01 on VBAP missing after last transport. Recreated.",
                "Status update to management sent 10:30. Next update 11:30.",
            ]
        ),
        german: DemoScript(
            subjects: [
                "SAP für alle extrem langsam",
                "SAP-Antwortzeiten über 10 Sekunden",
                "Monatsabschluss: FI-Berichte laufen in TIME_OUT",
                "Dispolauf MD01 läuft seit heute Nacht",
                "SAP hängt beim Sichern von Aufträgen",
                "Lagertransaktionen in {site} dauern Minuten",
                "Datenbankperformance ERP eingebrochen",
                "Hintergrundjobs stauen sich in SM37",
            ],
            openings: [
                "SAP ist unglaublich langsam. Jeder Klick dauert 10 bis 20 Sekunden. Im ganzen Gebäude ist das so.",
                "Hallo, wir sind im Monatsabschluss und jeder FI-Bericht läuft nach 10 Minuten in einen TIME_OUT. Gestern liefen dieselben Berichte in 30 Sekunden. Das blockiert das ganze Controlling.",
                "Guten Morgen, der Dispolauf von heute Nacht läuft immer noch, und die Produktionsplanung kann nicht starten. Normalerweise ist der um 5 Uhr fertig.",
                "Hallo, das Sichern eines Kundenauftrags in VA01 dauert fast eine Minute und manchmal hängt es einfach mit der Sanduhr. Seit der Mittagspause.",
                "Dringend: Die Lagertransaktionen in SAP sind so langsam, dass die Nachtschicht mit der Kommissionierung nicht fertig wurde. Die LKW fahren um 6 Uhr.",
            ],
            followUps: [
                "Wird jetzt besser, danke.",
                "Immer noch sehr langsam, besonders in ME21N.",
                "Die Berichte sind durchgelaufen, der Abschluss kann weitergehen.",
                "Gibt es eine Prognose? Die Geschäftsleitung fragt nach.",
            ],
            replies: [
                "Hallo {requester}, danke, wir sehen das Problem im Monitoring und die SAP-Basis analysiert bereits. Ich melde mich spätestens in einer Stunde mit einem Update. Viele Grüße, {agent}",
                "Hallo {requester}, ein langlaufender Bericht hat Datenbankressourcen blockiert. Wir haben ihn beendet, die Antwortzeiten sind wieder normal. Bitte melden Sie sich, falls es noch hakt. {agent}",
                "Hallo {requester}, der Dispolauf ist um 09:40 durchgelaufen. Ursache war eine Sperrwartesituation mit einem Schnittstellenjob; den haben wir zeitlich verschoben. {agent}",
                "Hallo {requester}, wir haben dem Datenbankserver mehr Ressourcen zugewiesen, die Performance ist wieder normal. Die Ursachenanalyse läuft noch. {agent}",
                "Hallo {requester}, seit 24 Stunden stabil, ich schließe das Ticket {ticket}. {agent}",
            ],
            notes: [
                "SM50: alle 40 Dialog-Workprozesse belegt, fast alle warten auf die DB. ST04: teures Statement aus Z_FI_OFFENE_POSTEN (Full Table Scan auf BSEG).",
                "HANA: Speicher bei 94 %, Column Unloads. Große Ad-hoc-Abfrage aus BW-Extraktion. Nach Rücksprache abgebrochen.",
                "SM37: 180 Jobs im Status „Freigegeben/Bereit“, nur 4 Batch-WPs. Schnittstellenjob Z_EDI_INBOUND wartet auf Sperre von MD01.",
                "ST03N: Dialogantwortzeit Ø 4,8 s (normal 600 ms), DB-Anteil 85 %. Index Z01 auf VBAP fehlte nach letztem Transport, neu angelegt.",
                "Statusupdate an Geschäftsleitung 10:30 verschickt. Nächstes Update 11:30.",
            ]
        ),
        escalationReasons: [
            "Database level issue, needs SAP Basis and DBA on-call.",
            "Verdacht auf fehlerhaften Transport von gestern Abend, Rückabwicklung muss Tier 3 entscheiden.",
            "HANA memory exhausted, vendor support case with SAP required (priority very high).",
            "Betrifft Produktion und Versand an allen Standorten, MI-Prozess starten.",
        ]
    )

    private static let backupRestore = DemoScenario(
        category: "access", tier: 2, weight: 5,
        priorities: ["normal", "normal", "high", "low"],
        tags: ["backup", "restore", "fileshare"],
        english: DemoScript(
            subjects: [
                "Restore deleted folder on P:",
                "Accidentally overwrote Excel file - previous version?",
                "Deleted emails - can they be restored?",
                "Restore files from last Friday",
                "OneDrive: files gone after sync",
                "Restore mailbox of former employee",
                "Need backup copy of project {number} from 2023",
                "SharePoint library emptied by mistake",
            ],
            openings: [
                "Hi, I deleted the folder \u{201C}Angebote 2024\u{201D} on P: by accident. Can you restore it? It was there yesterday afternoon.",
                "Hello, I overwrote the budget Excel file with an old version this morning. The file is on the Finance share. Is there any way to get yesterday's version back? Hours of work are in there...",
                "Hi, I emptied my deleted items folder and now I realise I need an email from a customer from two weeks ago. Is it gone forever?",
                "Hi IT, after re-syncing OneDrive half of my Documents folder is empty. I didn't delete anything! Please help.",
                "Hello, for a legal case we need the mailbox of a former colleague who left in 2022. HR has approved this, see attached form.",
            ],
            followUps: [
                "The folder is back, you saved my day!",
                "That's the wrong version, I need the one from 4pm.",
                "Found the email in the recovered items, thanks!",
                "Can you also restore the subfolder \u{201C}Archiv\u{201D}?",
            ],
            replies: [
                "Hi {requester}, good news: you can do this yourself. Right-click the parent folder, choose Properties, Previous Versions, select the version from yesterday and click Restore. If nothing is listed, tell me and I'll restore it from backup. Best, {agent}",
                "Hi {requester}, I've restored the folder from last night's backup to P:\\Angebote 2024_restored so nothing gets overwritten. Please check it and move what you need. Regards, {agent}",
                "Hi {requester}, emails stay recoverable for 30 days after you empty the folder. In Outlook, go to the Deleted Items folder and click \u{201C}Recover items recently removed from this folder\u{201D}. {agent}",
                "Hi {requester}, in OneDrive online (https://nordwind-my.sharepoint.com) open the recycle bin or use \u{201C}Restore your OneDrive\u{201D} under Settings to go back to a point before the sync. {agent}",
                "Hi {requester}, the restore is complete. Closing {ticket}. {agent}",
            ],
            notes: [
                "Veeam: restored \\\\fs01\\projekte\\Angebote 2024 from restore point 02:00 to alternate location. 1,240 files, 3.1 GB.",
                "VSS snapshots on FS01 only kept 3 days after the storage change, version from 16:00 not available. Restored 02:00 backup.",
                "Former employee mailbox is an inactive mailbox (litigation hold). Restore requires compliance approval, requested.",
                "OneDrive: Known Folder Move conflict created 'Documents-NB-HH-0412' folder. Files were not lost, just moved.",
            ]
        ),
        german: DemoScript(
            subjects: [
                "Gelöschten Ordner auf P: wiederherstellen",
                "Excel-Datei versehentlich überschrieben – alte Version?",
                "Gelöschte E-Mails wiederherstellen",
                "Dateien vom letzten Freitag wiederherstellen",
                "OneDrive: Dateien nach Synchronisierung weg",
                "Postfach eines ehemaligen Mitarbeiters wiederherstellen",
                "Sicherung von Projekt {number} aus 2023 benötigt",
                "SharePoint-Bibliothek versehentlich geleert",
            ],
            openings: [
                "Hallo, ich habe den Ordner „Angebote 2024“ auf P: aus Versehen gelöscht. Können Sie den wiederherstellen? Gestern Nachmittag war er noch da.",
                "Guten Tag, ich habe heute früh die Budget-Excel mit einer alten Version überschrieben. Die Datei liegt auf dem Laufwerk Finanzen. Gibt es irgendeine Möglichkeit, den Stand von gestern zurückzuholen? Da stecken Stunden Arbeit drin…",
                "Hallo, ich habe den Ordner „Gelöschte Elemente“ geleert und merke jetzt, dass ich eine Kundenmail von vor zwei Wochen brauche. Ist die für immer weg?",
                "Hallo IT, nach einer neuen Synchronisierung von OneDrive ist mein halber Dokumente-Ordner leer. Ich habe nichts gelöscht! Bitte helfen.",
                "Guten Tag, für ein Rechtsverfahren benötigen wir das Postfach eines ehemaligen Kollegen, der 2022 ausgeschieden ist. Die Personalabteilung hat zugestimmt, Formular anbei.",
            ],
            followUps: [
                "Der Ordner ist wieder da, Sie haben meinen Tag gerettet!",
                "Das ist die falsche Version, ich brauche die von 16 Uhr.",
                "Die Mail war in den wiederherstellbaren Elementen, danke!",
                "Können Sie auch den Unterordner „Archiv“ wiederherstellen?",
            ],
            replies: [
                "Hallo {requester}, gute Nachricht: Das können Sie selbst. Rechtsklick auf den übergeordneten Ordner, „Eigenschaften“, „Vorgängerversionen“, die Version von gestern wählen und „Wiederherstellen“ klicken. Steht dort nichts, sagen Sie mir Bescheid, dann hole ich es aus der Sicherung. Viele Grüße, {agent}",
                "Hallo {requester}, ich habe den Ordner aus der Sicherung von heute Nacht nach P:\\Angebote 2024_wiederhergestellt zurückgespielt, damit nichts überschrieben wird. Bitte prüfen Sie ihn und verschieben Sie, was Sie brauchen. Gruß, {agent}",
                "Hallo {requester}, E-Mails sind nach dem Leeren noch 30 Tage wiederherstellbar. In Outlook im Ordner „Gelöschte Elemente“ auf „Kürzlich aus diesem Ordner entfernte Elemente wiederherstellen“ klicken. {agent}",
                "Hallo {requester}, in OneDrive im Browser (https://nordwind-my.sharepoint.com) können Sie den Papierkorb öffnen oder unter Einstellungen „OneDrive wiederherstellen“ auf einen Zeitpunkt vor der Synchronisierung zurückgehen. {agent}",
                "Hallo {requester}, die Wiederherstellung ist abgeschlossen. Ich schließe das Ticket {ticket}. {agent}",
            ],
            notes: [
                "Veeam: \\\\fs01\\projekte\\Angebote 2024 aus Wiederherstellungspunkt 02:00 an alternativen Ort zurückgesichert. 1.240 Dateien, 3,1 GB.",
                "VSS-Schattenkopien auf FS01 nach der Speicheränderung nur noch 3 Tage, Stand 16:00 nicht vorhanden. Sicherung 02:00 zurückgespielt.",
                "Postfach des Ehemaligen ist inaktives Postfach (Litigation Hold). Wiederherstellung braucht Freigabe von Compliance, angefragt.",
                "OneDrive: Known-Folder-Move-Konflikt hat Ordner „Dokumente-NB-HH-0412“ erzeugt. Dateien nicht weg, nur verschoben.",
            ]
        ),
        escalationReasons: [
            "Restore from tape/offsite copy older than 30 days, needs the backup team.",
            "Wiederherstellung eines inaktiven Postfachs nur mit Compliance-Freigabe durch Tier 3.",
            "Backup job for this share has been failing for 5 days, restore point missing. Infrastructure must check.",
            "Gesamte SharePoint-Website betroffen, Wiederherstellung über Microsoft-Support nötig.",
        ]
    )
}

// MARK: - Knowledge base articles

extension DemoCorpus {
    static let articles: [DemoArticleSeed] = [
        DemoArticleSeed(
            title: "Kennwort vergessen oder abgelaufen: Self-Service-Passwortreset",
            tags: ["password", "sspr", "account"],
            body: #"""
            ## Worum geht es?

            Ihr Kennwort für Windows, Outlook, Teams und SAP-Single-Sign-on ist dasselbe. Es läuft alle **90 Tage** ab. Sie können es jederzeit selbst zurücksetzen, auch ohne Laptop und außerhalb der Servicezeiten.

            ## Voraussetzungen

            - Sie haben sich einmal unter [Meine Sicherheitsinformationen](https://aka.ms/mysecurityinfo) registriert (Handynummer oder Authenticator-App).
            - Sie haben ein Smartphone oder einen zweiten Rechner mit Internetzugang.

            ## Kennwort zurücksetzen

            1. Öffnen Sie https://passwort.nordwind.example (oder auf dem Anmeldebildschirm **„Kennwort zurücksetzen“**).
            2. Geben Sie Ihre E-Mail-Adresse ein, z. B. `vorname.nachname@nordwind.example`, und lösen Sie das Captcha.
            3. Bestätigen Sie Ihre Identität per SMS-Code oder Authenticator-Benachrichtigung.
            4. Vergeben Sie ein neues Kennwort und bestätigen Sie es.
            5. Sperren Sie Ihren Laptop einmal (**Windows + L**) und melden Sie sich mit dem neuen Kennwort an.

            ## Die Kennwortregeln

            - mindestens **12 Zeichen**
            - drei der vier Zeichenarten: Großbuchstaben, Kleinbuchstaben, Ziffern, Sonderzeichen
            - keines Ihrer letzten 10 Kennwörter, nicht Ihr Vor- oder Nachname
            - höchstens eine Änderung pro Tag

            Tipp: Ein kurzer Satz ist leichter zu merken und sicherer als `Sommer2024!`, zum Beispiel „Mein Kaffee ist um 9 Uhr kalt.“

            ## Nach der Änderung

            Gespeicherte Kennwörter auf anderen Geräten funktionieren nicht mehr. Aktualisieren Sie sie, sonst wird Ihr Konto nach mehreren Fehlversuchen gesperrt:

            - Outlook-App und Teams auf dem Smartphone: abmelden und neu anmelden
            - GlobalProtect VPN: Zahnrad, **Abmelden**, neu anmelden
            - verbundene Netzlaufwerke an privaten Geräten

            ## Es klappt nicht?

            Kommt keine SMS an, ist meist die Handynummer veraltet. Melden Sie sich dann beim Service Desk unter **Durchwahl 4444**. Aus Sicherheitsgründen rufen wir Sie auf Ihrer hinterlegten Nummer zurück, bevor wir ein Einmalkennwort vergeben.
            """#
        ),
        DemoArticleSeed(
            title: "Password policy at Nordwind Gruppe",
            tags: ["password", "policy", "security"],
            body: #"""
            ## Why these rules?

            Most successful attacks start with a guessed or stolen password. Our rules follow current guidance: **long passwords beat complicated ones**, and we only force a change every 90 days.

            ## The rules

            | Rule | Value |
            |------|-------|
            | Minimum length | 12 characters |
            | Character groups | 3 of 4 (upper, lower, digit, symbol) |
            | History | not one of your last 10 passwords |
            | Maximum age | 90 days |
            | Minimum age | 1 day |
            | Lockout | 10 wrong attempts lock the account for 15 minutes |

            Passwords containing your name, your login or words from a list of commonly breached passwords (like `Password1!` or `Nordwind2024`) are rejected automatically, even if they meet the rules above.

            ## Good practice

            1. Use a **passphrase**: four or five random words, e.g. `lamp river Tuesday orange`.
            2. Never reuse your work password for private accounts.
            3. Use the company password manager (**Keeper**, available in the Company Portal) for all other work logins.
            4. Never tell anyone your password, not even the service desk. We will **never** ask for it by phone or mail.

            ## Reminders

            You'll get an e-mail reminder 14, 7 and 1 day before your password expires. Change it in time at https://passwort.nordwind.example to avoid being locked out on a Monday morning.

            ## Service accounts

            Passwords for technical accounts (interfaces, scheduled tasks) follow a separate policy with 24+ characters and are managed by tier 3. Never run a scheduled task with your personal account: it will lock you out after your next password change.
            """#
        ),
        DemoArticleSeed(
            title: "Konto gesperrt – häufige Ursachen finden und beheben",
            tags: ["account", "lockout", "active-directory"],
            body: #"""
            ## Symptom

            Bei der Anmeldung erscheint: **„Das Konto, auf das verwiesen wird, ist derzeit gesperrt und kann nicht für die Anmeldung verwendet werden.“**

            Nach 10 Fehlversuchen wird das Konto für 15 Minuten gesperrt. Danach entsperrt es sich von selbst. Wer nicht warten kann, entsperrt es über https://passwort.nordwind.example oder ruft den Service Desk an.

            ## Wenn es immer wieder passiert

            Eine wiederkehrende Sperre hat fast immer eine Ursache: **Irgendwo ist noch das alte Kennwort gespeichert** und versucht sich im Hintergrund anzumelden. Typische Kandidaten:

            1. **Smartphone oder Tablet** mit Dienstmail (auch alte, private Geräte in der Schublade!)
            2. **Windows-Anmeldeinformationsverwaltung** mit gespeicherten Kennwörtern
            3. **Verbundene Netzlaufwerke** mit „Andere Anmeldeinformationen verwenden“
            4. **Geplante Aufgaben** oder Skripte, die unter Ihrem Konto laufen
            5. Eine zweite, noch angemeldete Sitzung auf einem Citrix- oder Terminalserver

            ## Gespeicherte Kennwörter löschen

            1. Startmenü öffnen und **Anmeldeinformationsverwaltung** eingeben.
            2. Auf **Windows-Anmeldeinformationen** klicken.
            3. Alle Einträge mit `nordwind`, `MicrosoftOffice` oder Servernamen wie `fs01` entfernen.
            4. Rechner neu starten.

            Alternativ in der Eingabeaufforderung:

            ```
            cmdkey /list
            cmdkey /delete:fs01.nordwind.example
            ```

            ## Was der Service Desk sieht

            Wir können im Sicherheitsprotokoll der Domänencontroller (Ereignis **4740**) sehen, von welchem Gerät die Fehlversuche kommen. Nennen Sie uns im Ticket bitte die **genaue Uhrzeit** der letzten Sperre, das beschleunigt die Suche erheblich.
            """#
        ),
        DemoArticleSeed(
            title: "Microsoft Authenticator auf ein neues Smartphone umziehen",
            tags: ["mfa", "authenticator", "smartphone"],
            body: #"""
            ## Bevor Sie das alte Handy abgeben

            Am einfachsten ist der Umzug, **solange das alte Gerät noch funktioniert**. Dann brauchen Sie den Service Desk nicht.

            1. Installieren Sie **Microsoft Authenticator** auf dem neuen Gerät (App Store oder Google Play).
            2. Öffnen Sie am Laptop https://aka.ms/mysecurityinfo und melden Sie sich an (Bestätigung noch mit dem alten Handy).
            3. Klicken Sie auf **„Anmeldemethode hinzufügen“**, wählen Sie **Authenticator-App** und folgen Sie dem Assistenten.
            4. Scannen Sie den QR-Code mit dem neuen Handy (in der App: **+**, **Geschäfts- oder Schulkonto**, **QR-Code scannen**).
            5. Bestätigen Sie die Testbenachrichtigung auf dem neuen Gerät.
            6. Legen Sie das neue Gerät als **Standardanmeldemethode** fest und löschen Sie den Eintrag des alten Geräts.

            ## Altes Handy schon weg oder verloren?

            Rufen Sie den Service Desk an (**Durchwahl 4444**). Nach einer Identitätsprüfung erhalten Sie einen **befristeten Zugriffspass** (Temporary Access Pass), der 8 Stunden gültig ist. Damit melden Sie sich bei https://aka.ms/mysecurityinfo an und richten die App wie oben ab Schritt 3 ein.

            Bei Verlust sperren wir zusätzlich alle Sitzungen des alten Geräts und löschen das Arbeitsprofil aus der Ferne.

            ## Häufige Probleme

            - **Keine Benachrichtigung:** App einmal manuell öffnen; die Anfrage wartet oft dort. Energiesparmodus für die App deaktivieren.
            - **Codes werden abgelehnt:** Uhrzeit des Handys auf **automatisch** stellen. Schon 30 Sekunden Abweichung reichen.
            - **Zahl wird nicht angezeigt:** Bei der Anmeldung steht eine zweistellige Zahl auf dem Bildschirm, die Sie **in der App eingeben**, nicht umgekehrt.

            > Bestätigen Sie niemals eine Anmeldung, die Sie nicht selbst ausgelöst haben. Melden Sie unerwartete Anfragen sofort als Sicherheitsvorfall.
            """#
        ),
        DemoArticleSeed(
            title: "GlobalProtect VPN: Verbindung herstellen und Fehler beheben",
            tags: ["vpn", "globalprotect", "remote-work"],
            body: #"""
            ## Einrichtung

            GlobalProtect ist auf allen Firmenlaptops vorinstalliert. Falls nicht: **Unternehmensportal** öffnen, nach „GlobalProtect“ suchen, installieren.

            1. Auf das Weltkugel-Symbol in der Taskleiste klicken.
            2. Als Portal `vpn.nordwind.example` eintragen (nur beim ersten Mal).
            3. **Verbinden** klicken und mit Ihrem normalen Kennwort und MFA anmelden.

            Das Symbol zeigt einen Schild, sobald die Verbindung steht.

            ## Häufige Fehler

            **„Authentifizierung fehlgeschlagen: Ungültiger Benutzername oder ungültiges Kennwort“**
            Meist nach einer Kennwortänderung. Zahnrad, **Einstellungen**, **Abmelden**, dann neu anmelden.

            **Hängt bei „Verbindung wird hergestellt…“**
            Oft blockiert das lokale Netz (Hotel, Kunde) die nötigen Ports. Testen Sie den Hotspot Ihres Handys.

            **Verbunden, aber Laufwerke und SAP gehen nicht**
            DNS-Cache leeren und neu verbinden:

            ```
            ipconfig /flushdns
            nslookup fs01.nordwind.example
            ```

            Die Antwort sollte eine Adresse aus `10.x.x.x` enthalten.

            **Fehler 809 (altes Windows-VPN)**
            Das alte Windows-VPN ist abgeschaltet. Bitte GlobalProtect verwenden.

            ## Protokolle für den Service Desk

            Wenn nichts hilft: Zahnrad, **Einstellungen**, **Fehlerbehebung**, **Protokolle sammeln**. Hängen Sie die ZIP-Datei an Ihr Ticket und notieren Sie die Uhrzeit des Fehlers.
            """#
        ),
        DemoArticleSeed(
            title: "Windows VPN error 809 and Cisco AnyConnect on legacy devices",
            tags: ["vpn", "anyconnect", "legacy"],
            body: #"""
            ## Background

            Most Nordwind devices use **GlobalProtect**. A few lab and production machines (mainly in R&D and Werk Augsburg) still use **Cisco AnyConnect** or the built-in Windows VPN because of certified software. This article is for them.

            ## Error 809

            > The network connection between your computer and the VPN server could not be established because the remote server is not responding.

            Error 809 means the IKE/L2TP traffic never reached the gateway. Common causes:

            1. The network you're on blocks UDP 500 and 4500 (hotels, guest networks, some home routers).
            2. You're behind NAT and the registry setting for NAT traversal is missing.
            3. The old gateway `vpn-alt.nordwind.example` was decommissioned. Check the server address in the VPN profile.

            If you're on a supported laptop, **switch to GlobalProtect** instead of fixing the old profile.

            ## Cisco AnyConnect errors

            **Certificate validation failure**: the gateway certificate or your device certificate has expired. Do not click through warnings; contact the service desk.

            **Login failed**: your password changed recently. Type it in again; AnyConnect doesn't use the Windows password automatically.

            **The VPN client was unable to setup IP filtering**: restart the *Cisco AnyConnect Secure Mobility Agent* service or reboot.

            ```
            net stop vpnagent
            net start vpnagent
            ```

            ## When to open a ticket

            Include the device name (e.g. `LAB-AUG-0042`), the exact error text and the network you're on. If several lab machines show the same error at the same time, mark the ticket as **high** priority: it's probably the gateway.
            """#
        ),
        DemoArticleSeed(
            title: "Working from home: network checklist",
            tags: ["remote-work", "network", "vpn"],
            body: #"""
            ## Before you call us

            Most home office problems are caused by the home network, not by the laptop. Go through this list first; it takes five minutes.

            1. **Restart your router** (unplug for 30 seconds). Yes, really.
            2. **Use a cable** if you have important calls. Wi-Fi through two walls is not good enough for video.
            3. Run a speed test **without VPN** at https://speed.nordwind.example. You need at least 10 Mbit/s down and 5 Mbit/s up for Teams video.
            4. Connect to **GlobalProtect** and test again. A drop of 20-30% is normal.
            5. Check whether other people at home are streaming or uploading large files.

            ## Useful commands

            Open a command prompt (Windows key, type `cmd`) and try:

            ```
            ipconfig /all
            ping 8.8.8.8 -n 20
            tracert fs01.nordwind.example
            ```

            If `ping` shows lost packets or times above 100 ms, the problem is between your router and your provider.

            ## Teams calls breaking up

            - Close browser tabs with video.
            - Turn off your camera when you present: audio is more important.
            - Prefer the **5 GHz** Wi-Fi of your router over 2.4 GHz.

            ## Security at home

            - Lock your screen when you leave (**Windows + L**).
            - Don't print confidential documents on a private printer.
            - Family members must not use the company laptop.

            Still stuck? Open a ticket in the [Self-Service-Portal](https://selfservice.example.com) with the results of the speed test and the output of `ipconfig /all`.
            """#
        ),
        DemoArticleSeed(
            title: "DNS-Cache leeren und Netzwerkverbindung zurücksetzen",
            tags: ["network", "dns", "windows"],
            body: #"""
            ## Wann hilft das?

            - Eine interne Seite (Intranet, SAP Fiori, Dateiserver) lädt nicht, das Internet aber schon.
            - Nach dem Verbinden mit dem VPN werden Server nicht gefunden.
            - Die Netzwerkverbindung zeigt **„Nicht identifiziertes Netzwerk“** oder eine IP-Adresse mit **169.254**.

            ## Schritt 1: DNS-Cache leeren

            Eingabeaufforderung öffnen (Windows-Taste, `cmd` eingeben, Enter) und ausführen:

            ```
            ipconfig /flushdns
            ```

            Die Meldung lautet: **„Der DNS-Auflösungscache wurde geleert.“** Danach die Seite erneut öffnen.

            ## Schritt 2: Neue IP-Adresse anfordern

            ```
            ipconfig /release
            ipconfig /renew
            ```

            Beim WLAN dauert das einige Sekunden. Prüfen Sie danach mit `ipconfig`, ob eine Adresse aus dem Firmennetz (`10.x.x.x`) vergeben wurde.

            ## Schritt 3: Namensauflösung testen

            ```
            nslookup fs01.nordwind.example
            ping fs01.nordwind.example
            ```

            Kommt bei `nslookup` „Non-existent domain“ oder ein Timeout, ist die Namensauflösung gestört. Notieren Sie die Ausgabe für Ihr Ticket.

            ## Schritt 4: Netzwerk komplett zurücksetzen

            **Nur nach Rücksprache mit dem Service Desk**, da dabei auch VPN- und WLAN-Einstellungen verloren gehen:

            Einstellungen, Netzwerk und Internet, Erweiterte Netzwerkeinstellungen, **Netzwerk zurücksetzen**, danach neu starten.

            ## Hilft alles nichts?

            Erstellen Sie ein Ticket mit der Ausgabe von `ipconfig /all` und sagen Sie uns, ob Sie im Büro, im Homeoffice oder unterwegs sind.
            """#
        ),
        DemoArticleSeed(
            title: "Netzwerkdrucker hinzufügen und Follow-Me-Druck nutzen",
            tags: ["printer", "follow-me", "print-queue"],
            body: #"""
            ## Follow-Me-Druck: ein Drucker für alles

            An allen Standorten gibt es die Warteschlange **NW-FollowMe**. Sie drucken dorthin und holen den Ausdruck an **jedem beliebigen Multifunktionsgerät** ab, indem Sie Ihren Mitarbeiterausweis an das Lesegerät halten. Vertrauliches liegt so nie unbeaufsichtigt im Ausgabefach.

            ## Einrichten

            1. **Einstellungen** öffnen, dann **Bluetooth und Geräte**, **Drucker und Scanner**.
            2. **Gerät hinzufügen** klicken und kurz warten.
            3. **NW-FollowMe auf print.nordwind.example** auswählen.

            Falls der Drucker nicht in der Liste erscheint: **„Manuell hinzufügen“**, dann **„Freigegebenen Drucker über den Namen auswählen“** und eintragen:

            ```
            \\print.nordwind.example\NW-FollowMe
            ```

            ## Ausweis zum ersten Mal verwenden

            Beim ersten Mal kennt der Drucker Ihren Ausweis noch nicht. Halten Sie ihn an das Lesegerät, melden Sie sich einmalig mit Benutzername und Kennwort am Display an. Ab dann genügt der Ausweis.

            ## Aufträge

            - Aufträge bleiben **24 Stunden** gespeichert und werden dann gelöscht.
            - Farbdruck ist standardmäßig auf **Schwarzweiß** gestellt; Farbe wählen Sie im Druckdialog unter „Druckereigenschaften“.
            - Etikettendrucker (Zebra) im Lager sind nicht Follow-Me-fähig und werden direkt aus SAP angesteuert.

            ## Drucken klappt nicht?

            Siehe Artikel **„Papierstau und Drucker offline: Erste Hilfe“**. Bitte nennen Sie im Ticket immer den Druckernamen vom Aufkleber, z. B. `PRN-HH-3-04`.
            """#
        ),
        DemoArticleSeed(
            title: "Printer paper jams and offline printers: first aid",
            tags: ["printer", "paper-jam", "hardware"],
            body: #"""
            ## Printer shows "Offline"

            1. Check the display of the printer. If it's dark, check the power switch and socket.
            2. Check the network cable at the back and the light next to the port.
            3. Switch the printer **off and on** and wait until the display shows "Ready".
            4. On your laptop, open the print queue and select **Printer, Use Printer Online** if it's ticked as offline.
            5. Still offline? Note the printer name from the sticker (e.g. `PRN-HH-2-01`) and the IP address from **Menu, Network, TCP/IP** and open a ticket.

            ## Paper jam

            Always follow the animation on the display; it shows which door to open. Then:

            - Pull paper out **in the direction of the paper path**, slowly and with both hands.
            - Check the **fuser area** (usually behind the right or rear door, green levers). **Careful, it's hot.**
            - Check all trays, including the manual feed tray.
            - Small torn scraps cause "phantom jams" that keep coming back; look closely.

            Common codes:

            | Model | Code | Meaning |
            |-------|------|---------|
            | HP LaserJet M507 | 13.B2.D2 | Jam in the fuser area |
            | Kyocera TASKalfa | J0511 | Jam in cassette 1 |
            | Kyocera TASKalfa | C6000 | Fuser error, call service |
            | Canon imageRUNNER | E000007 | Fuser error, call service |

            ## Print jobs stuck in the queue

            Open the queue and cancel your document, then print again. If **nobody** can print to that printer, the print server queue may be stuck: that's a ticket for us.

            ## Toner and paper

            Toner is ordered automatically when the printer reports "Toner low". Spare paper is in the supply room on each floor. Please **don't** open tickets for empty paper trays.
            """#
        ),
        DemoArticleSeed(
            title: "Outlook: Postfach voll – Speicherplatz freigeben",
            tags: ["outlook", "mailbox", "exchange"],
            body: #"""
            ## Die Grenzen

            Jedes Postfach hat **50 GB**. Ab 49 GB erhalten Sie eine Warnung, ab 49,5 GB können Sie **nicht mehr senden**, ab 50 GB auch nichts mehr empfangen.

            ## So sehen Sie, was Platz belegt

            1. In Outlook auf **Datei** klicken.
            2. Unter **Postfacheinstellungen** auf **Tools**, dann **Postfachbereinigung**.
            3. **Postfachgröße anzeigen** zeigt jeden Ordner mit seiner Größe.

            Meist sind es wenige große Ordner: „Gesendete Elemente“, alte Projektordner oder Mails mit großen Anhängen.

            ## Platz schaffen

            1. **Große Mails finden**: Im Suchfeld `Größe:>10MB` eingeben (englisch: `size:>10MB`). Anhänge lieber auf OneDrive oder SharePoint ablegen und nur den Link verschicken.
            2. **„Gelöschte Elemente“ leeren**: Rechtsklick, **Ordner leeren**. Gelöschte Mails zählen sonst weiter mit!
            3. **„Junk-E-Mail“ leeren.**
            4. **Onlinearchiv nutzen**: Viele Postfächer haben ein Onlinearchiv („Onlinearchiv – vorname.nachname@…“). Ziehen Sie alte Ordner einfach dorthin. Das Archiv zählt nicht zum 50-GB-Limit.

            ## Archivierung automatisch

            Mails, die älter als **2 Jahre** sind, verschiebt Exchange automatisch ins Onlinearchiv, sofern es aktiviert ist. Sie finden sie dort weiterhin über die Suche.

            ## Kein Onlinearchiv vorhanden?

            Beantragen Sie es im [Self-Service-Portal](https://selfservice.example.com) unter **E-Mail**. Das ist kostenlos und in der Regel am selben Tag erledigt.

            > Hinweis: Bitte keine PST-Dateien anlegen. PST-Dateien auf Netzlaufwerken sind nicht unterstützt und werden nicht gesichert.
            """#
        ),
        DemoArticleSeed(
            title: "Outlook not syncing: error 0x800CCC0E and \"Disconnected\"",
            tags: ["outlook", "exchange", "troubleshooting"],
            body: #"""
            ## Quick checks

            1. Look at the status bar at the bottom of Outlook. It should say **Connected to: Microsoft Exchange**.
            2. Open webmail at https://outlook.office.com. If your mail is there, the server is fine and the problem is on your PC.
            3. Check **Send/Receive, Work Offline**. If it's highlighted, click it to go back online.

            ## "Disconnected" or "Trying to connect..."

            - Restart Outlook, then restart the PC.
            - If you're at home, check that you have internet (VPN is **not** needed for Outlook).
            - Hold **Ctrl** and right-click the Outlook icon in the system tray, then **Connection Status**. Entries with status other than "Established" show the problem.

            ## Error 0x800CCC0E

            > Sending reported error (0x800CCC0E): Cannot connect to the server.

            This error comes from an old POP/IMAP/SMTP profile. Nordwind uses Exchange Online only, so create a new profile:

            1. Close Outlook.
            2. Open **Control Panel, Mail (Microsoft Outlook), Show Profiles**.
            3. Click **Add**, name it `Nordwind`, and enter your e-mail address. Outlook sets everything up automatically.
            4. Select **Always use this profile: Nordwind** and start Outlook.

            ## Rebuild the local cache

            If Outlook is connected but folders don't update, the offline file (`.ost`) may be damaged:

            ```
            %localappdata%\Microsoft\Outlook
            ```

            Close Outlook, rename the `.ost` file (e.g. to `.old`) and start Outlook again. It downloads your mailbox again, which can take an hour for large mailboxes.

            ## Outlook only starts in safe mode

            Start with `outlook.exe /safe`. If that works, disable add-ins under **File, Options, Add-ins, COM Add-ins** one by one.

            Still not working? Open a ticket and attach a screenshot of the error and of the connection status window.
            """#
        ),
        DemoArticleSeed(
            title: "SAP-Berechtigung beantragen (mit SU53-Auswertung)",
            tags: ["sap", "authorization", "access-request"],
            body: #"""
            ## Wann brauche ich eine neue Berechtigung?

            Wenn SAP meldet:

            - **„Sie haben keine Berechtigung für Transaktion ME21N“**, oder
            - **„Keine Berechtigung für Werk 1200“** / **„… für Buchungskreis 1000“**

            fehlt Ihrem Benutzer eine Rolle oder eine Ausprägung (Werk, Buchungskreis, Einkaufsorganisation).

            ## Schritt 1: SU53 direkt nach dem Fehler

            Die Transaktion **SU53** zeigt, welche Berechtigungsprüfung zuletzt fehlgeschlagen ist. Sie ist die wichtigste Information für uns.

            1. Den Fehler auslösen (z. B. ME21N aufrufen).
            2. Direkt danach im Befehlsfeld `/nSU53` eingeben und Enter drücken.
            3. Einen Screenshot der gesamten Anzeige machen.

            ## Schritt 2: Antrag stellen

            Im [Self-Service-Portal](https://selfservice.example.com) unter **SAP, Berechtigung beantragen**:

            - gewünschte Transaktion(en), z. B. `ME21N`, `ME23N`, `MIGO`
            - Organisationsebene (Werk, Buchungskreis, Einkaufsorganisation)
            - Begründung und ggf. Befristung
            - Screenshot der SU53 als Anhang

            Ihre Führungskraft genehmigt den Antrag im Portal. Bei kritischen Kombinationen (z. B. Kreditor anlegen **und** Zahlungen ausführen) prüft zusätzlich das SAP-Berechtigungsteam auf **Funktionstrennung (SoD)**.

            ## Schritt 3: Neu anmelden

            Nach der Vergabe melden Sie sich bitte **komplett von SAP ab** und wieder an. Neue Rollen werden erst bei der Anmeldung geladen.

            ## Bearbeitungszeiten

            | Art | Dauer |
            |-----|-------|
            | Standardrolle, genehmigt | 1 Arbeitstag |
            | SoD-Prüfung nötig | 3–5 Arbeitstage |
            | neue Rolle muss gebaut werden | 2–3 Wochen |
            """#
        ),
        DemoArticleSeed(
            title: "SAP GUI: reading a short dump (ST22) and what to send us",
            tags: ["sap", "short-dump", "troubleshooting"],
            body: #"""
            ## What is a short dump?

            A **short dump** is SAP's crash report. Instead of your transaction you see a screen titled **"Runtime Errors"** with a name like `TSV_TNEW_PAGE_ALLOC_FAILED`, `TIME_OUT` or `MESSAGE_TYPE_X`.

            Don't worry: your previous data is safe. Whatever you were saving at that moment was **not** saved.

            ## What we need from you

            1. The **exact time** of the dump (the clock on your screen is fine).
            2. The **transaction** you were using (e.g. `ME21N`, `VA01`, `MIRO`).
            3. What you were doing: which button, which document number.
            4. The **name of the runtime error** from the top of the dump screen.
            5. Whether it happens again if you repeat the same steps.

            With the time and your user name we find the full dump in transaction **ST22** ourselves. You don't need to copy the whole text.

            ## Common runtime errors

            | Error | Usual meaning |
            |-------|---------------|
            | `TIME_OUT` | A report ran longer than 10 minutes in dialog. Run it in background (F9) instead. |
            | `TSV_TNEW_PAGE_ALLOC_FAILED` | Too much data in memory, e.g. a very large document or selection. |
            | `MESSAGE_TYPE_X` | A program check failed; usually needs SAP support. |
            | `DBSQL_DUPLICATE_KEY_ERROR` | Two postings collided; often solved by repeating. |

            ## Avoiding TIME_OUT in reports

            - Restrict the selection (one company code, one month).
            - Use **Program, Execute in Background** and pick up the result in `SM37` or the spool (`SP01`).

            ## Connection errors

            "Connection to partner broken" is not a short dump but a network problem between your PC and the SAP server. Please mention if you were on VPN.
            """#
        ),
        DemoArticleSeed(
            title: "WLAN NW-Corp: Verbindung einrichten und Abbrüche beheben",
            tags: ["wifi", "wlan", "network"],
            body: #"""
            ## Die WLAN-Netze der Nordwind Gruppe

            | Netz | Für wen | Anmeldung |
            |------|---------|-----------|
            | **NW-Corp** | Firmenlaptops | automatisch per Gerätezertifikat |
            | **NW-Mobile** | Diensthandys | automatisch per Intune-Profil |
            | **NW-Guest** | Besucher, private Geräte | Registrierung per SMS |

            Auf Firmenlaptops müssen Sie **nichts eingeben**. Der Laptop verbindet sich mit NW-Corp über ein Zertifikat, das Intune automatisch verteilt.

            ## „Mit diesem Netzwerk kann keine Verbindung hergestellt werden“

            Meist fehlt oder ist abgelaufen das Gerätezertifikat, z. B. nach einer Reparatur oder wenn der Laptop lange ausgeschaltet war.

            1. Per LAN-Kabel oder Handy-Hotspot ins Internet gehen.
            2. **Einstellungen, Konten, Auf Arbeits- oder Schulkonto zugreifen**, Ihr Konto anklicken, **Info**, **Synchronisieren**.
            3. Unter **Einstellungen, Netzwerk und Internet, WLAN, Bekannte Netzwerke verwalten** das Netz NW-Corp **nicht speichern** (entfernen).
            4. Neu starten.

            ## Verbindung bricht immer wieder ab

            - Notieren Sie **Ort (Raum, Etage)** und **Uhrzeit** der Abbrüche; so können wir den Access Point finden.
            - Prüfen Sie, ob es an anderen Plätzen besser ist.
            - Treiber aktualisieren: **Unternehmensportal**, „Treiberupdates“ installieren.

            In der Eingabeaufforderung liefert dieser Befehl einen Bericht, den Sie an Ihr Ticket hängen können:

            ```
            netsh wlan show wlanreport
            ```

            Der Bericht liegt danach unter `C:\ProgramData\Microsoft\Windows\WlanReport\wlan-report-latest.html`.

            ## Schlechter Empfang in Besprechungsräumen

            Melden Sie das bitte mit Raumnummer. Für wichtige Termine nutzen Sie bis zur Behebung die LAN-Anschlüsse am Tisch.
            """#
        ),
        DemoArticleSeed(
            title: "Guest Wi-Fi for visitors",
            tags: ["wifi", "guest", "visitors"],
            body: #"""
            ## For single visitors

            Visitors connect to **NW-Guest** and open any web page. A registration page appears:

            1. Enter name, company and mobile number.
            2. Accept the terms of use.
            3. Enter the code sent by SMS.

            Access is valid for **24 hours** on up to three devices. No ticket or approval needed.

            ## For groups, workshops and trainings

            If your visitors don't have a mobile phone that works in Germany or Switzerland, or you expect more than five people, create **vouchers** in advance:

            1. Open the [Self-Service-Portal](https://selfservice.example.com) and choose **Guest Wi-Fi, Create vouchers**.
            2. Enter the number of vouchers, the validity (1 to 5 days) and the reason.
            3. Print the vouchers or send them to your visitors by mail.

            Each voucher is for **one person** and up to three devices.

            ## Rules

            - Guest Wi-Fi is **internet only**. Visitors can't reach internal systems, printers or file shares. Use a USB stick (scanned at the IT service point) or a SharePoint guest link to exchange files.
            - Streaming and large downloads are limited to 10 Mbit/s per device.
            - Company laptops must **never** use NW-Guest; use NW-Corp instead.

            ## Presenting from a visitor's laptop

            Meeting rooms with a Teams room system support wireless presenting via the **Share** button or HDMI cable at the table. No network access is needed for that.

            ## Problems?

            If the SMS doesn't arrive within two minutes, try again and check the number format (`+49 ...`). For trade fairs or external events, contact us at least **five working days** in advance.
            """#
        ),
        DemoArticleSeed(
            title: "Software aus dem Unternehmensportal installieren",
            tags: ["software", "install", "intune"],
            body: #"""
            ## Selbst installieren ohne Adminrechte

            Über das **Unternehmensportal** (englisch: Company Portal) installieren Sie freigegebene Software selbst, ohne Adminrechte und ohne Ticket.

            1. Startmenü öffnen, **Unternehmensportal** eingeben und starten.
            2. Links auf **Apps** klicken oder oben suchen, z. B. nach `7-Zip`, `Notepad++`, `Power BI Desktop`.
            3. **Installieren** klicken. Der Fortschritt erscheint unter **Downloads und Updates**.

            Die meisten Programme sind nach wenigen Minuten im Startmenü. Einige benötigen einen Neustart; das Unternehmensportal weist Sie darauf hin.

            ## Was gibt es dort?

            - Standardsoftware: Office, Teams, Adobe Reader, 7-Zip, Notepad++, Zoom-Client für externe Termine
            - Fachsoftware nach Abteilung: SAP GUI, DATEV, AutoCAD LT, SolidWorks (nur mit Lizenz)
            - Treiber- und Firmware-Updates für Laptops und Dockingstationen

            ## Software fehlt im Portal

            Stellen Sie einen Antrag im [Self-Service-Portal](https://selfservice.example.com) unter **Softwareanforderung**. Angaben:

            - Name, Hersteller, Version und Link zur Herstellerseite
            - wofür Sie die Software brauchen
            - ob Lizenzkosten anfallen und wer sie trägt (Kostenstelle)

            Die IT-Sicherheit prüft neue Software auf Datenschutz und Sicherheit. Das dauert meist **3 Arbeitstage**.

            ## Häufige Fehler

            **0x87D1041C** – „Die Anwendung wurde nach der Installation nicht erkannt“: Meist ein Fehler im Paket, nicht bei Ihnen. Bitte Ticket mit Screenshot.

            **0x80070643** – Die Installation ist fehlgeschlagen: Rechner neu starten und auf **Wiederholen** klicken.

            > Bitte installieren Sie keine Software aus dem Internet, auch wenn Sie es technisch könnten. Nicht freigegebene Programme werden automatisch erkannt und entfernt.
            """#
        ),
        DemoArticleSeed(
            title: "Zugriff auf Netzlaufwerke beantragen und Laufwerke verbinden",
            tags: ["fileshare", "permissions", "access-request"],
            body: #"""
            ## Wer entscheidet über den Zugriff?

            Jeder Abteilungsordner hat eine **datenverantwortliche Person** (meist die Abteilungsleitung). Nur sie darf Zugriffe genehmigen, nicht die IT und nicht Ihre Kollegen.

            ## Zugriff beantragen

            1. Im [Self-Service-Portal](https://selfservice.example.com) **Zugriff, Netzlaufwerk** wählen.
            2. Den Pfad angeben, z. B. `\\fs01.nordwind.example\finanzen\Budget 2025`.
            3. **Lesen** oder **Ändern** wählen und kurz begründen.

            Die datenverantwortliche Person erhält eine Mail und genehmigt mit einem Klick. Danach nimmt das System Sie automatisch in die passende Gruppe auf, z. B. `GG_FS_Finanzen_RW`.

            **Wichtig:** Gruppenmitgliedschaften werden nur bei der Anmeldung gelesen. Melden Sie sich nach der Genehmigung einmal ab und wieder an.

            ## Laufwerk fehlt

            Die Laufwerke **H:** (persönlich), **P:** (Projekte) und die Abteilungslaufwerke werden beim Anmelden automatisch verbunden. Fehlt eines:

            1. Im Homeoffice zuerst das VPN verbinden.
            2. Eingabeaufforderung öffnen und ausführen:

            ```
            gpupdate /force
            ```

            3. Ab- und wieder anmelden.

            Manuell verbinden geht im Explorer über **Dieser PC, Netzlaufwerk verbinden**.

            ## Abteilungswechsel und Austritt

            Bei einem Abteilungswechsel werden alte Zugriffe **nicht** automatisch entfernt. Die Führungskräfte bestätigen alle Zugriffe einmal im Quartal (Rezertifizierung). Wird ein Zugriff dort nicht bestätigt, entfällt er. Wenn Ihnen plötzlich ein Ordner fehlt, ist das oft der Grund.
            """#
        ),
        DemoArticleSeed(
            title: "Gelöschte Dateien wiederherstellen: Vorgängerversionen und OneDrive",
            tags: ["backup", "restore", "fileshare", "onedrive"],
            body: #"""
            ## Zuerst selbst versuchen

            Die meisten versehentlich gelöschten oder überschriebenen Dateien können Sie **selbst in wenigen Minuten** zurückholen.

            ## Netzlaufwerke (H:, P:, Abteilungslaufwerke)

            Die Dateiserver erstellen mehrmals täglich **Schattenkopien** (7:00, 12:00, 17:00 Uhr), die **7 Tage** aufbewahrt werden.

            1. Im Explorer zum **übergeordneten Ordner** navigieren.
            2. Rechtsklick, **Eigenschaften**, Registerkarte **Vorgängerversionen**.
            3. Den gewünschten Zeitpunkt auswählen und **Öffnen** klicken, um erst hineinzuschauen.
            4. Die Datei an einen anderen Ort kopieren oder **Wiederherstellen** wählen.

            **Achtung:** „Wiederherstellen“ überschreibt den aktuellen Stand. Im Zweifel erst kopieren.

            ## OneDrive und SharePoint

            - **Papierkorb**: https://nordwind-my.sharepoint.com öffnen, links **Papierkorb**. Dateien bleiben dort **93 Tage**.
            - **Versionsverlauf**: Rechtsklick auf die Datei, **Versionsverlauf**, ältere Version wiederherstellen.
            - **Ganzen OneDrive zurücksetzen**: Zahnrad, **OneDrive wiederherstellen**, Zeitpunkt wählen (z. B. vor einer fehlerhaften Synchronisierung).

            ## E-Mails

            Geleerte „Gelöschte Elemente“ sind noch **30 Tage** wiederherstellbar: Ordner „Gelöschte Elemente“ öffnen und oben auf **„Kürzlich aus diesem Ordner entfernte Elemente wiederherstellen“** klicken.

            ## Wenn das nicht reicht

            Ältere Stände holen wir aus der nächtlichen Sicherung (Aufbewahrung **30 Tage**, Monatssicherungen 12 Monate). Erstellen Sie ein Ticket mit:

            - vollständigem Pfad, z. B. `P:\Projekte\Nordlicht\Angebote 2024`
            - gewünschtem Datum und ungefährer Uhrzeit
            - ob am Originalort oder an einem neuen Ort wiederhergestellt werden soll
            """#
        ),
        DemoArticleSeed(
            title: "Verdächtige E-Mail melden – so erkennen Sie Phishing",
            tags: ["phishing", "security", "email"],
            body: #"""
            ## Typische Merkmale

            - **Druck und Dringlichkeit**: „Ihr Postfach wird in 24 Stunden gelöscht“, „Rechnung überfällig“
            - **Absender passt nicht**: Anzeigename „Geschäftsführung“, Adresse aber `ceo.nordwind@gmail.com` oder eine ähnliche Domain wie `nordvvind.example`
            - **Links** zeigen beim Überfahren mit der Maus auf fremde Adressen
            - **Ungewöhnliche Bitten**: Gutscheinkarten kaufen, Bankverbindung ändern, Kennwort „bestätigen“
            - Externe Mails tragen bei uns den Hinweis **[EXTERN]** im Betreff

            ## So melden Sie eine verdächtige Mail

            1. Mail **nicht** öffnen, keine Links anklicken, keine Anhänge öffnen.
            2. In Outlook oben auf **Melden**, dann **Phishing melden** klicken.
            3. Fertig. Die Mail wird automatisch an die IT-Sicherheit übermittelt und aus Ihrem Posteingang entfernt.

            Sie müssen dafür **kein Ticket** erstellen.

            ## Ich habe schon geklickt – was jetzt?

            Keine Panik, aber **sofort handeln**. Je schneller wir reagieren, desto kleiner der Schaden.

            1. Rufen Sie den Service Desk an: **Durchwahl 4444** (außerhalb der Servicezeiten: Bereitschaft +49 40 555 0199).
            2. Haben Sie ein Kennwort eingegeben? Ändern Sie es sofort unter https://passwort.nordwind.example.
            3. Haben Sie einen Anhang geöffnet? Trennen Sie den Laptop vom Netzwerk (WLAN aus, Kabel ziehen), **aber schalten Sie ihn nicht aus**.

            Niemand bekommt Ärger, weil er geklickt hat. Ärger gibt es nur, wenn man es verschweigt.

            ## Rechnungen mit geänderter Bankverbindung

            Änderungen von Bankdaten immer **telefonisch** beim Lieferanten prüfen, und zwar unter einer Nummer, die Sie bereits kennen, nicht unter der aus der Mail.
            """#
        ),
        DemoArticleSeed(
            title: "BitLocker-Wiederherstellungsschlüssel: Was tun?",
            tags: ["bitlocker", "laptop", "security"],
            body: #"""
            ## Warum fragt der Laptop nach einem Schlüssel?

            Alle Firmenlaptops sind mit **BitLocker** verschlüsselt. Wenn sich an der Hardware oder Firmware etwas ändert, fragt Windows beim Start zur Sicherheit nach dem 48-stelligen **Wiederherstellungsschlüssel**. Typische Auslöser:

            - BIOS- oder Firmware-Update
            - Tausch von Mainboard, SSD oder Dockingstation beim Start
            - Start von einem USB-Stick
            - mehrfach falsche PIN-Eingabe

            ## Schlüssel selbst abrufen

            Sie brauchen ein zweites Gerät (Smartphone oder Kollegenrechner):

            1. https://myaccount.microsoft.com öffnen und anmelden.
            2. **Geräte** wählen und Ihren Laptop anklicken (Name steht auf dem Aufkleber, z. B. `NB-HH-0412`).
            3. **BitLocker-Schlüssel anzeigen** klicken.
            4. Die **Schlüssel-ID** auf dem Bildschirm des Laptops mit der angezeigten vergleichen (die ersten 8 Zeichen genügen).
            5. Den 48-stelligen Schlüssel eingeben. Die Bindestriche setzt Windows selbst.

            ## Keine Schlüssel angezeigt?

            Rufen Sie den Service Desk an. Nach einer Identitätsprüfung geben wir Ihnen den Schlüssel **telefonisch** durch. Per Mail oder Chat verschicken wir ihn nicht.

            ## Danach

            Der Laptop startet normal. Fragt er bei **jedem** Start erneut, liegt ein Problem mit dem TPM-Chip vor. Bitte dann ein Ticket erstellen; Ihre Daten sind nicht in Gefahr.

            > Schreiben Sie den Schlüssel nicht auf einen Zettel in der Laptoptasche. Dann ist die Verschlüsselung bei einem Diebstahl wertlos.
            """#
        ),
        DemoArticleSeed(
            title: "Your laptop is slow: checks before you call us",
            tags: ["laptop", "performance", "windows"],
            body: #"""
            ## Five-minute checklist

            1. **Restart properly.** "Shut down" on Windows often only hibernates. Use **Start, Power, Restart**. Many laptops here haven't restarted in weeks.
            2. **Install pending updates.** Open **Settings, Windows Update** and the **Company Portal, Downloads & updates**. Updates waiting for a restart slow everything down.
            3. **Check free disk space.** Open Explorer, **This PC**. If drive `C:` has less than **10 GB** free, clean up (see below).
            4. **Look at the Task Manager.** Press **Ctrl + Shift + Esc**, click the **CPU** or **Memory** column. A browser with 40 tabs can easily use 8 GB of RAM.
            5. **Plug in the charger.** On battery, laptops reduce performance to save power.

            ## Freeing disk space

            - Empty the **Downloads** folder; it's usually the biggest.
            - Run **Disk Cleanup**: Start, type `cleanmgr`, choose `C:`, tick **Temporary files** and **Windows Update Cleanup**.
            - Make OneDrive files **online-only**: right-click the OneDrive folder, **Free up space**.

            ## Battery check

            A report on battery wear:

            ```
            powercfg /batteryreport
            ```

            Open the HTML file it creates. If **Full charge capacity** is below 50% of **Design capacity**, the battery needs replacing.

            ## When to open a ticket

            If the laptop is still slow after a restart, with updates installed and enough space, open a ticket and tell us:

            - since when it's slow and what you noticed (e.g. "after the update on Tuesday")
            - which programs are slow (all, or only Excel, SAP, Teams...)
            - the device name from the sticker (e.g. `NB-HH-0412`)

            Laptops older than **4 years** are replaced as part of the lifecycle programme.
            """#
        ),
        DemoArticleSeed(
            title: "Requesting a new or replacement laptop",
            tags: ["laptop", "hardware-request", "onboarding"],
            body: #"""
            ## Standard devices

            | Profile | Model | For whom |
            |---------|-------|----------|
            | Office | Lenovo ThinkPad T14 | most employees |
            | Mobile | Lenovo ThinkPad X1 Carbon | frequent travellers, management |
            | Engineering | Dell Precision 5680 | CAD, simulation (R&D approval needed) |
            | Rugged | Panasonic Toughbook 55 | warehouse and production |

            Each laptop comes with a docking station, charger and a Jabra headset. A second monitor can be ordered separately.

            ## New employees

            Managers order equipment for new team members in the [Self-Service-Portal](https://selfservice.example.com) under **Onboarding**, at least **10 working days** before the first day. We then:

            1. set up the account and mailbox,
            2. prepare the laptop with Windows Autopilot,
            3. hand it over on day one at the IT service point (from 8:00).

            ## Replacement

            Laptops are replaced **every 4 years** automatically; we contact you. Earlier replacement only for defects or a changed role.

            For a defect, open a ticket. If it can't be repaired on the spot, you get a **loaner laptop** the same day. Your files are safe on OneDrive.

            ## Handing back

            When leaving the company or changing devices:

            - make sure everything is synced to OneDrive or the file shares,
            - **don't** reset the laptop yourself,
            - bring it to the IT service point with charger and docking station.

            Data on returned laptops is wiped according to the data protection policy before the device is reused or recycled.
            """#
        ),
        DemoArticleSeed(
            title: "Clearing the Microsoft Teams cache",
            tags: ["teams", "cache", "troubleshooting"],
            body: #"""
            ## When to clear the cache

            Clearing the cache fixes many odd Teams problems:

            - the Teams window stays white or grey after starting,
            - messages or channels don't load or appear late,
            - your profile picture or status doesn't update,
            - Teams keeps asking you to sign in.

            Your chats, files and settings are **not** lost; they live in the cloud.

            ## New Teams (default on all Nordwind laptops)

            1. Quit Teams completely: right-click the Teams icon in the system tray, **Quit**.
            2. Press **Windows + R**, paste the following path and press Enter:

            ```
            %localappdata%\Packages\MSTeams_8wekyb3d8bbwe\LocalCache\Microsoft\MSTeams
            ```

            3. Select everything in that folder (**Ctrl + A**) and delete it.
            4. Start Teams again. The first start takes a bit longer.

            Alternatively: **Settings, Apps, Installed apps**, find **Microsoft Teams**, **Advanced options**, **Reset**.

            ## Classic Teams (only on some older devices)

            ```
            %appdata%\Microsoft\Teams
            ```

            Quit Teams and delete the folders `Cache`, `blob_storage`, `databases`, `GPUCache`, `IndexedDB`, `Local Storage` and `tmp`.

            ## Still not working?

            Check https://status.nordwind.example for known Microsoft 365 issues. If nothing is listed, open a ticket and attach the Teams diagnostic logs: press **Ctrl + Alt + Shift + 1** in Teams, and the logs are saved to your Downloads folder.
            """#
        ),
        DemoArticleSeed(
            title: "Teams-Besprechungen: Audio, Kamera und Bildschirmfreigabe",
            tags: ["teams", "meeting", "headset"],
            body: #"""
            ## Vor der Besprechung

            Testen Sie in Teams unter **Einstellungen, Geräte, Testanruf durchführen**. Teams nimmt Ihre Stimme auf und spielt sie ab. So merken Sie Probleme vor der Kundenpräsentation, nicht währenddessen.

            ## Man hört mich nicht

            1. Prüfen Sie die **Stummtaste** am Headset (Jabra: Mikrofonarm hochgeklappt = stumm).
            2. In Teams: **Einstellungen, Geräte**, dort das richtige **Mikrofon** auswählen (z. B. „Jabra Evolve2 65“ statt „Mikrofonarray“).
            3. Windows: **Einstellungen, Datenschutz und Sicherheit, Mikrofon**, Zugriff für Apps erlauben.
            4. Headset-Dongle in einen anderen USB-Anschluss stecken, direkt am Laptop statt an der Dockingstation.

            ## Echo

            Echo entsteht fast immer, wenn jemand **Laptoplautsprecher statt Headset** nutzt oder zwei Geräte im selben Raum in der Besprechung sind. Im Besprechungsraum immer nur **ein** Gerät mit Audio verbinden, die anderen mit **„Audio aus“** beitreten.

            ## Kamera wird nicht gefunden

            - Mechanische Abdeckung (Privacy Shutter) an der Kamera geöffnet?
            - Windows: **Einstellungen, Datenschutz und Sicherheit, Kamera**, Zugriff erlauben.
            - Manche Lenovo-Laptops schalten die Kamera mit **F9** bzw. **Fn + F9** ab.

            ## Bildschirmfreigabe zeigt schwarz

            - Statt des ganzen Bildschirms das **Fenster** freigeben.
            - In Teams unter **Einstellungen, Allgemein** die **GPU-Hardwarebeschleunigung deaktivieren** und Teams neu starten.
            - Bei geschützten Inhalten (z. B. DRM-Videos) ist Schwarz normal.

            ## Besprechungsräume

            Die Räume mit Teams-Raumsystem starten Besprechungen über das Touchpanel am Tisch. Ist das Panel „offline“, rufen Sie die Hotline **4444** an, wir starten das System aus der Ferne neu.
            """#
        ),
        DemoArticleSeed(
            title: "Setting up your Jabra headset with Teams",
            tags: ["headset", "teams", "phone"],
            body: #"""
            ## Supported models

            Nordwind provides **Jabra Evolve2 40** (wired USB) and **Jabra Evolve2 65** (wireless with USB dongle). Both are certified for Microsoft Teams; the Teams button on the headset answers calls and opens Teams.

            ## First setup

            1. Plug the headset or the **Link 380 dongle** into a USB port **directly on the laptop** (docking stations sometimes cause dropouts).
            2. In Teams, open **Settings, Devices** and choose the Jabra for **Speaker** and **Microphone**.
            3. Make a test call (**Settings, Devices, Make a test call**).

            ## Pairing the Evolve2 65 with the dongle again

            If the headset and dongle lost each other:

            1. Hold the **Power/Bluetooth switch** on the headset towards the Bluetooth symbol for 3 seconds until the LED flashes blue.
            2. Plug in the dongle and press its button until it flashes.
            3. Wait until both LEDs stay on.

            ## Firmware updates

            Install **Jabra Direct** from the Company Portal. It shows available firmware updates for your headset. Many microphone and connection issues are fixed by an update.

            ## Tips

            - Position the microphone boom about **two fingers** from the corner of your mouth.
            - Flip the boom up to mute; a red light shows you're muted.
            - Charge wireless headsets overnight; a full charge lasts about 30 hours of talk time.

            ## Desk phones and call forwarding

            Most sites use **Teams Phone**. To forward calls to your mobile: Teams, **Settings, Calls, Call forwarding**, enter your number in the format `+49 171 1234567`. Cisco desk phones (remaining at Werk Augsburg) are handled by the telephony team; please open a ticket with category **phone**.
            """#
        ),
        DemoArticleSeed(
            title: "Major incidents: how we inform you during outages",
            tags: ["outage", "major-incident", "status"],
            body: #"""
            ## What is a major incident?

            A **major incident** is an outage that affects many people or a critical business process at the same time, for example:

            - a whole site without network,
            - SAP or e-mail unavailable for everyone,
            - warehouse scanners or production terminals down.

            ## Where you get information

            1. **Status page**: https://status.nordwind.example, updated at least every **30 minutes** during a major incident.
            2. **Banner** on the intranet start page.
            3. **SMS** to site managers and shift leads for outages that affect production or logistics.

            ## What you should do

            - Check the status page first. If the problem is listed, **you don't need to open a ticket**.
            - If it's not listed yet, call the service desk (**extension 4444**); don't just send an e-mail. A phone call is faster for us to spot a pattern.
            - If you already opened a ticket, we link it to the major incident. You'll receive the updates automatically.

            ## What we do

            | Time | Step |
            |------|------|
            | 0 min | Service desk recognises the pattern, declares a major incident |
            | 15 min | On-call engineer and incident manager join the bridge call |
            | 30 min | First status page update with impact and workaround |
            | every 30 min | Further updates until resolution |
            | within 5 days | Post-incident report to site managers |

            ## Workarounds during outages

            - **E-mail down**: use Teams chat; for external contacts, phone.
            - **File server down**: files synced to OneDrive stay available offline.
            - **SAP down**: note postings on paper or in Excel and enter them later; the warehouse has an emergency process in the shift handbook.
            """#
        ),
        DemoArticleSeed(
            title: "How to write a good support ticket",
            tags: ["helpdesk", "howto", "tickets"],
            body: #"""
            ## Why it matters

            A good ticket is solved in one go. A vague ticket like "Nothing works!!" needs three rounds of questions before we can even start. Two minutes of writing save you a day of waiting.

            ## The five things we need

            1. **What** doesn't work? Which program, which printer, which drive.
            2. **The exact error message.** A screenshot is best: **Windows + Shift + S**, then paste it into the ticket with **Ctrl + V**.
            3. **Since when?** And did anything change (update, new password, office move)?
            4. **Who is affected?** Only you, your team, the whole floor?
            5. **Where are you?** Office (site, room), home office, travelling.

            ## A good example

            > **Subject:** Printer PRN-HH-3-04 shows "Paper jam in cassette 2", no paper inside
            >
            > Since 9:00 the Kyocera on floor 3 shows a jam, but all trays are empty. We restarted it twice. The whole floor is affected; we use the printer on floor 2 for now.

            ## Priorities

            | Priority | Meaning |
            |----------|---------|
            | **urgent** | many people can't work, or production/shipping stopped |
            | **high** | you can't work and there is no workaround |
            | **normal** | you're limited but can work |
            | **low** | questions, requests, nice-to-have |

            Please be honest with priorities. If everything is urgent, nothing is.

            ## One problem per ticket

            Two problems in one ticket often end up with two different teams. Open two tickets; it's faster for you.

            Tickets can be opened in the [Self-Service-Portal](https://selfservice.example.com), by mail to `servicedesk@nordwind.example` or by phone at extension **4444** (Mon-Fri 7:00-18:00).
            """#
        ),
    ]
}
