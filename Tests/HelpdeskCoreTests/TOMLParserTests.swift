import Foundation
import Testing
@testable import HelpdeskCore

/// TOMLParser: TOML 1.0 as settings files use it, and total — every text parses or throws a
/// TOMLSyntaxError with its line and column, none traps (toml++ aborted on 16 of 93 broken files).
@Suite struct TOMLParserTests {
    // MARK: - Helpers

    /// A value as compact text, so expectations read like the TOML they come from.
    private func render(_ value: TOMLValue) -> String {
        switch value {
        case .string(let text): return String(reflecting: text)
        case .integer(let number): return String(number)
        case .float(let number): return "\(number)"
        case .bool(let flag): return String(flag)
        case .dateTime(let text): return "date(\(text))"
        case .array(let items): return "[" + items.map(render).joined(separator: ", ") + "]"
        case .table(let table): return render(table)
        }
    }

    private func render(_ table: TOMLTable) -> String {
        "{" + table.map { "\($0.key): \(render($0.value))" }.joined(separator: ", ") + "}"
    }

    private func parsed(_ text: String) throws -> String {
        render(try TOMLParser.parse(text))
    }

    private func syntaxError(_ text: String) -> TOMLSyntaxError? {
        do {
            _ = try TOMLParser.parse(text)
            return nil
        } catch {
            return error
        }
    }

    /// Parses or throws TOMLSyntaxError (the type says so); reaching the next line means it did not trap.
    private func survives(_ text: String) {
        _ = try? TOMLParser.parse(text)
    }

    // MARK: - Valid documents

    @Test func commentsAndKeysInTheOrderWritten() throws {
        let table = try TOMLParser.parse("""
            # a comment
            zebra = 1   # after a value
            apple = 2
            "quoted key" = 3
            'literal key' = 4
            "" = 5
            bare-key_1 = 6
            1234 = 7
            """)
        #expect(table.keys == ["zebra", "apple", "quoted key", "literal key", "", "bare-key_1", "1234"])
        #expect(table["apple"] == .integer(2))
        #expect(table["nope"] == nil)
        #expect(table.line(of: "zebra") == 2)
        #expect(table.line(of: "1234") == 8)
        #expect(table.line(of: "nope") == nil)
        #expect(try TOMLParser.parse("").isEmpty)
        #expect(try TOMLParser.parse("\n\n  # only comments\n\t\n").isEmpty)
    }

    @Test func dottedKeysMakeTables() throws {
        #expect(try parsed("""
            name = "Orange"
            physical.color = "orange"
            physical.shape = "round"
            site."google.com" = true
            a . b . c = 1
            3.14159 = "pi"
            """) == #"{name: "Orange", physical: {color: "orange", shape: "round"}, site: {google.com: true}, a: {b: {c: 1}}, 3: {14159: "pi"}}"#)
    }

    @Test func tablesSubTablesAndImplicitParents() throws {
        let text = """
            top = 0

            [server]
            host = "a"

            [x.y.z]  # x and x.y only named here
            deep = true

            [x]      # defined later: allowed once
            shallow = 1

            [ dog . "tater.man" ]
            type.name = "pug"

            [fruit]
            apple.color = "red"
            [fruit.apple.texture]  # sub-tables of a dotted table are fine
            smooth = true
            """
        let table = try TOMLParser.parse(text)
        #expect(render(table) == #"{top: 0, server: {host: "a"}, x: {y: {z: {deep: true}}, shallow: 1}, dog: {tater.man: {type: {name: "pug"}}}, fruit: {apple: {color: "red", texture: {smooth: true}}}}"#)
        #expect(table.line(of: "server") == 3)
        #expect(table.line(of: "x") == 9, "an implicit table's line becomes its own header's")
        #expect(table["server"]?.table?.line(of: "host") == 4)
    }

    @Test func arraysOfTables() throws {
        let table = try TOMLParser.parse("""
            [[products]]
            name = "Hammer"

            [[products]]

            [[products]]
            name = "Nail"
            [products.size]
            mm = 3
            [[products.variants]]
            colour = "grey"
            """)
        #expect(render(table) == #"{products: [{name: "Hammer"}, {}, {name: "Nail", size: {mm: 3}, variants: [{colour: "grey"}]}]}"#)
        #expect(table.line(of: "products") == 1)
    }

    @Test func basicStringsAndEscapes() throws {
        let table = try TOMLParser.parse(#"""
            plain = "I'm a string."
            escapes = "\b\t\n\f\r\"\\"
            unicode = "\u00e9 \U0001F600 \u0000"
            tab = "a	b"
            utf8 = "打印机 offline"
            """#)
        #expect(table["plain"]?.string == "I'm a string.")
        #expect(table["escapes"]?.string == "\u{08}\t\n\u{0C}\r\"\\")
        #expect(table["unicode"]?.string == "é 😀 \u{0}")
        #expect(table["tab"]?.string == "a\tb")
        #expect(table["utf8"]?.string == "打印机 offline")
    }

    @Test func literalAndMultilineStrings() throws {
        let table = try TOMLParser.parse(#"""
            path = 'C:\Users\nodejs\templates'
            regex = '<\i\c*\s*>'
            lines = """
            Roses are red
            Violets are blue"""
            joined = """\
                   The quick brown \
                   fox jumps over \

                   the lazy dog."""
            quotes = """Here are two quotation marks: "". Simple enough."""
            ending = """"This," she said, "is just a pointless statement.""""
            raw = '''
            The first newline is
            trimmed in raw strings.
               All other whitespace \n
            is preserved.
            '''
            rawQuotes = ''''That,' she said, 'is still pointless.''''
            """#)
        #expect(table["path"]?.string == #"C:\Users\nodejs\templates"#)
        #expect(table["regex"]?.string == #"<\i\c*\s*>"#)
        #expect(table["lines"]?.string == "Roses are red\nViolets are blue")
        #expect(table["joined"]?.string == "The quick brown fox jumps over the lazy dog.")
        #expect(table["quotes"]?.string == #"Here are two quotation marks: "". Simple enough."#)
        #expect(table["ending"]?.string == #""This," she said, "is just a pointless statement.""#)
        #expect(table["raw"]?.string == "The first newline is\ntrimmed in raw strings.\n   All other whitespace \\n\nis preserved.\n")
        #expect(table["rawQuotes"]?.string == "'That,' she said, 'is still pointless.'")
        #expect(try TOMLParser.parse("a = \"\"\"one\r\ntwo\"\"\"")["a"]?.string == "one\ntwo")
    }

    @Test func integers() throws {
        #expect(try parsed("""
            a = +99
            b = 42
            c = 0
            d = -17
            e = 1_000
            f = 5_349_221
            g = 0xDEADBEEF
            h = 0xdead_beef
            i = 0o755
            j = 0b11010110
            k = 0x0000_00FF
            l = -0
            max = 9223372036854775807
            min = -9223372036854775808
            """) == "{a: 99, b: 42, c: 0, d: -17, e: 1000, f: 5349221, g: 3735928559, h: 3735928559, i: 493, j: 214, k: 255, l: 0, max: 9223372036854775807, min: -9223372036854775808}")
        #expect(try TOMLParser.parse("x = 0x7FFFFFFFFFFFFFFF")["x"]?.integer == .max)
    }

    @Test func floatsAndBooleans() throws {
        let table = try TOMLParser.parse("""
            a = +1.0
            b = 3.1415
            c = -0.01
            d = 5e+22
            e = 1e06
            f = -2E-2
            g = 6.626e-34
            h = 224_617.445_991_228
            i = inf
            j = +inf
            k = -inf
            l = nan
            m = -0.0
            yes = true
            no = false
            """)
        #expect(table["a"] == .float(1))
        #expect(table["b"] == .float(3.1415))
        #expect(table["c"] == .float(-0.01))
        #expect(table["d"] == .float(5e22))
        #expect(table["e"] == .float(1e6))
        #expect(table["f"] == .float(-0.02))
        #expect(table["g"] == .float(6.626e-34))
        #expect(table["h"] == .float(224_617.445_991_228))
        #expect(table["i"] == .float(.infinity) && table["j"] == .float(.infinity) && table["k"] == .float(-.infinity))
        #expect(table["l"]?.float?.isNaN == true)
        #expect(table["m"]?.float?.sign == .minus)
        #expect(table["yes"]?.bool == true && table["no"]?.bool == false)
        #expect(table["yes"]?.string == nil && table["b"]?.integer == nil)
    }

    @Test func dateTimesKeepTheirText() throws {
        #expect(try parsed("""
            odt1 = 1979-05-27T07:32:00Z
            odt2 = 1979-05-27T00:32:00-07:00
            odt3 = 1979-05-27T00:32:00.999999+07:00
            odt4 = 1979-05-27 07:32:00Z
            ldt1 = 1979-05-27T07:32:00
            ldt2 = 1979-05-27 00:32:00.999999
            ld = 1979-05-27
            lt1 = 07:32:00
            lt2 = 00:32:00.999999
            leap = 2000-02-29
            list = [1979-05-27, 07:32:00]
            """) == "{odt1: date(1979-05-27T07:32:00Z), odt2: date(1979-05-27T00:32:00-07:00), odt3: date(1979-05-27T00:32:00.999999+07:00), odt4: date(1979-05-27 07:32:00Z), ldt1: date(1979-05-27T07:32:00), ldt2: date(1979-05-27 00:32:00.999999), ld: date(1979-05-27), lt1: date(07:32:00), lt2: date(00:32:00.999999), leap: date(2000-02-29), list: [date(1979-05-27), date(07:32:00)]}")
        #expect(try TOMLParser.parse("d = 1979-05-27 # a date, then a comment")["d"]?.dateTime == "1979-05-27")
    }

    @Test func arrays() throws {
        #expect(try parsed("""
            empty = []
            integers = [ 1, 2, 3 ]
            mixed = [ 0.1, "two", true, { x = 1 } ]
            nested = [ [ 1, 2 ], ["a", 'b'], [[]] ]
            trailing = [1, 2,]
            spread = [   # a comment after the bracket
              "red",     # and after a value
              # and on its own line

              "green",
            ]
            """) == #"{empty: [], integers: [1, 2, 3], mixed: [0.1, "two", true, {x: 1}], nested: [[1, 2], ["a", "b"], [[]]], trailing: [1, 2], spread: ["red", "green"]}"#)
    }

    @Test func inlineTables() throws {
        #expect(try parsed("""
            name = { first = "Tom", last = "Preston-Werner" }
            point = {x=1,y=2}
            empty = {}
            animal = { type.name = "pug", type.size = "small" }
            nested = { a = { b = { c = [1] } } }
            "queue.selected" = { fg = "ink", bg = "accent", bold = true }
            """) == #"{name: {first: "Tom", last: "Preston-Werner"}, point: {x: 1, y: 2}, empty: {}, animal: {type: {name: "pug", size: "small"}}, nested: {a: {b: {c: [1]}}}, queue.selected: {fg: "ink", bg: "accent", bold: true}}"#)
    }

    @Test func windowsLineEndings() throws {
        let table = try TOMLParser.parse("# c\r\n[a]\r\nb = 1 # c\r\nc = [\r\n 2,\r\n]\r\n")
        #expect(render(table) == "{a: {b: 1, c: [2]}}")
        #expect(table["a"]?.table?.line(of: "c") == 4)
    }

    @Test func aByteOrderMarkIsSkipped() throws {
        #expect(try parsed("\u{FEFF}a = 1\n") == "{a: 1}")
        #expect(syntaxError("\u{FEFF}a = ") == TOMLSyntaxError(line: 1, column: 5, message: "expected a value, found the end of the file"))
    }

    @Test func theSpecsExample() throws {
        let table = try TOMLParser.parse("""
            # This is a TOML document

            title = "TOML Example"

            [owner]
            name = "Tom Preston-Werner"
            dob = 1979-05-27T07:32:00-08:00

            [database]
            enabled = true
            ports = [ 8000, 8001, 8002 ]
            data = [ ["delta", "phi"], [3.14] ]
            temp_targets = { cpu = 79.5, case = 72.0 }

            [servers]

            [servers.alpha]
            ip = "10.0.0.1"
            role = "frontend"

            [servers.beta]
            ip = "10.0.0.2"
            role = "backend"
            """)
        #expect(table.keys == ["title", "owner", "database", "servers"])
        #expect(render(table) == #"{title: "TOML Example", owner: {name: "Tom Preston-Werner", dob: date(1979-05-27T07:32:00-08:00)}, database: {enabled: true, ports: [8000, 8001, 8002], data: [["delta", "phi"], [3.14]], temp_targets: {cpu: 79.5, case: 72.0}}, servers: {alpha: {ip: "10.0.0.1", role: "frontend"}, beta: {ip: "10.0.0.2", role: "backend"}}}"#)
        #expect(table["servers"]?.table?.line(of: "beta") == 21)
    }

    @Test func nestingUpToTheLimitParses() throws {
        let depth = TOMLParser.maxDepth
        let arrays = "a = " + String(repeating: "[", count: depth) + String(repeating: "]", count: depth)
        #expect(throws: Never.self) { try TOMLParser.parse(arrays) }
        let header = "[" + (1...depth).map { "t\($0)" }.joined(separator: ".") + "]\nx = 1"
        #expect(throws: Never.self) { try TOMLParser.parse(header) }
    }

    @Test func longFilesParse() throws {
        // Quadratic work would make this crawl: many keys, many [[tables]], a long string.
        var text = (0..<20_000).map { "key\($0) = \($0)" }.joined(separator: "\n")
        text += "\nlong = \"" + String(repeating: "ab", count: 100_000) + "\"\n"
        text += String(repeating: "[[item]]\nname = \"x\"\n", count: 10_000)
        let table = try TOMLParser.parse(text)
        #expect(table.count == 20_002)
        #expect(table["item"]?.array?.count == 10_000)
        #expect(table["long"]?.string?.utf8.count == 200_000)
    }

    // MARK: - Invalid documents: line, column, message

    @Test(arguments: [
        ("[a", 1, 3, "expected ']' to close the table header"),
        ("[[a]", 1, 5, "expected ']]' to close the table header"),
        ("x = 1\na = \"abc\nb = 1", 2, 5, "unterminated string (a \"string\" ends on its own line; use \"\"\" for several lines)"),
        ("\"é\" = \"abc", 1, 7, "unterminated string"),
        ("a = '''\nno end", 1, 5, "unterminated string (expected ''' to close it)"),
        ("theme = \"a\"\ntheme = \"b\"", 2, 1, "duplicate key 'theme' (already set on line 1)"),
        ("a.b = 1\na.b = 2", 2, 3, "duplicate key 'a.b' (already set on line 1)"),
        ("[a]\nx = 1\n[a]", 3, 2, "table [a] is already defined (line 1)"),
        ("[a]\nb.c = 1\n[a.b]", 3, 4, "table [a.b] is already defined (line 2)"),
        ("[a.b.c]\n[a]\nb.c.d = 1", 3, 3, "table 'c' is already defined; a dotted key cannot add to it"),
        ("[[a]]\n[a]", 2, 2, "[a] is already an array of tables (line 1)"),
        ("[a]\n[[a]]", 2, 3, "[[a]] is already a table, not an array of tables"),
        ("a = []\n[[a]]", 2, 3, "'a' already has a value, so [[a]] cannot be an array of tables"),
        ("a = {b = 1}\na.c = 2", 2, 1, "'a' already has a value, so it cannot hold keys"),
        ("a = {b = 1}\n[a.c]", 2, 2, "'a' already has a value, so [a.c] cannot be a table"),
        ("a = { b = 1,\n c = 2 }", 1, 13, "expected a key (letters, digits, '_', '-', or a string in quotes), found the end of the line"),
        ("a = { b = 1\n}", 1, 12, "expected '}' to close the inline table on the same line"),
        ("a={b=1,}", 1, 8, "no comma may follow the last entry of an inline table"),
        ("a = { b = 1, b = 2 }", 1, 14, "duplicate key 'b' (already set on line 1)"),
        ("a = 1 b = 2", 1, 7, "expected a new line after the value, found 'b'"),
        ("[a] x = 1", 1, 5, "expected a new line after the table header, found 'x'"),
        ("a =\nb = 1", 1, 4, "expected a value, found the end of the line"),
        ("a = hello", 1, 5, "expected a value, found 'hello' (text goes in quotes: \"hello\")"),
        ("a", 1, 2, "expected '=' after the key 'a', found the end of the file"),
        ("a = 9223372036854775808", 1, 5, "'9223372036854775808' does not fit in a 64-bit integer"),
        ("a = -9223372036854775809", 1, 5, "'-9223372036854775809' does not fit in a 64-bit integer"),
        ("a = 0x1_0000_0000_0000_0000", 1, 5, "'0x1_0000_0000_0000_0000' does not fit in a 64-bit integer"),
        ("a = 012", 1, 5, "invalid number '012' (no leading zeros)"),
        ("a = -0x1", 1, 5, "invalid number '-0x1' (0x, 0o and 0b numbers take no sign)"),
        ("a = 1__0", 1, 5, "invalid number '1__0'"),
        ("a = 1.", 1, 5, "invalid number '1.'"),
        ("a = 1.5e", 1, 5, "invalid number '1.5e'"),
        ("a = 0b102", 1, 5, "invalid number '0b102'"),
        ("a = \"\\x41\"", 1, 6, "unknown escape \\x (known: \\b \\t \\n \\f \\r \\\" \\\\ \\uXXXX \\UXXXXXXXX)"),
        ("a = \"\\uD800\"", 1, 6, "\\uD800 is not a Unicode character (surrogates and values above 10FFFF are not)"),
        ("a = \"\\U00110000\"", 1, 6, "\\U00110000 is not a Unicode character (surrogates and values above 10FFFF are not)"),
        ("a = \"\\u12\"", 1, 6, "expected 4 hex digits after \\u"),
        ("a = \"x\u{01}\"", 1, 7, "control character U+0001 is not allowed in a string (write it as an escape such as \\t or \\u001B)"),
        ("# bell \u{07}", 1, 8, "control character U+0007 is not allowed in a comment"),
        ("a = 1\rb = 2", 1, 6, "a carriage return must be followed by a new line"),
        ("a = 1979-02-30", 1, 5, "invalid date or time '1979-02-30' (e.g. 1979-05-27, 07:32:00, 1979-05-27T07:32:00Z)"),
        ("a = 24:00:00", 1, 5, "invalid date or time '24:00:00' (e.g. 1979-05-27, 07:32:00, 1979-05-27T07:32:00Z)"),
        ("a = [1 2]", 1, 8, "expected ',' or ']' after a value in the array, found '2'"),
        ("a = [1,\n2", 1, 5, "expected ']' to close the array"),
    ])
    func mistakesSayWhereAndWhat(text: String, line: Int, column: Int, message: String) {
        #expect(syntaxError(text) == TOMLSyntaxError(line: line, column: column, message: message), "\(text.debugDescription)")
    }

    @Test func tooDeepIsAnError() throws {
        let tooDeep = "a = " + String(repeating: "[", count: TOMLParser.maxDepth + 1) + String(repeating: "]", count: TOMLParser.maxDepth + 1)
        #expect(syntaxError(tooDeep)?.message == "nested too deeply (at most 64 levels)")
        #expect(syntaxError("a = " + String(repeating: "{b=", count: 10_000))?.message == "nested too deeply (at most 64 levels)")
        #expect(syntaxError("a = " + String(repeating: "[", count: 10_000))?.message == "nested too deeply (at most 64 levels)")
        let header = "[" + (0...TOMLParser.maxDepth).map { "t\($0)" }.joined(separator: ".") + "]"
        #expect(syntaxError(header)?.message == "nested too deeply (at most 64 levels)")
        let dotted = (0..<10_000).map { "k\($0)" }.joined(separator: ".") + " = 1"
        #expect(syntaxError(dotted)?.message == "nested too deeply (at most 64 levels)")
    }

    @Test func tooLargeIsRefused() {
        let text = "a = \"" + String(repeating: "x", count: TOMLParser.maxBytes) + "\""
        #expect(syntaxError(text) == TOMLSyntaxError(line: 1, column: 1, message: "the file is too large (at most 1 MB)"))
        #expect(syntaxError(String(repeating: "#", count: TOMLParser.maxBytes)) == nil, "exactly the limit is fine")
    }

    // MARK: - Broken inputs that crashed toml++

    @Test(arguments: [
        "[", "[a", "[[a]", "a = [", "a = {", "a.\"", "\"", "a = \"\\u", "= 1", "a = [1,", "a=+",
        "a={b=1,}", "[a]]", "a=[[", "[\nb = 1\nc = \"x\"\n", "[ ]", "[.a]", "a..b = 1", "a = 1979-05",
        String(repeating: "[", count: 10_000), String(repeating: "[[", count: 5_000) + "a",
        "a = " + String(repeating: "[", count: 10_000), "a = " + String(repeating: "{b=", count: 10_000),
    ])
    func brokenInputsThrowWithAPosition(text: String) throws {
        let error = try #require(syntaxError(text))
        #expect(error.line >= 1 && error.column >= 1)
        #expect(!error.message.isEmpty)
    }

    @Test func aLoneBracketNamesLineOne() {
        #expect(syntaxError("[") == TOMLSyntaxError(line: 1, column: 2, message: "expected a table name (letters, digits, '_', '-', or a string in quotes), found the end of the file"))
        #expect(syntaxError("theme = \"x\"\n[\nmouse = true\n")?.line == 2)
    }

    @Test func everySingleByteAsAFile() {
        for byte in UInt8.min...UInt8.max {
            // The loaders decode with U+FFFD for invalid UTF-8; a file is that String.
            survives(String(decoding: [byte], as: UTF8.self))
            survives("a = " + String(decoding: [byte], as: UTF8.self))
            survives("a = \"" + String(decoding: [byte], as: UTF8.self) + "\"")
        }
    }

    @Test func everyPrefixOfTheThemesParsesOrThrows() throws {
        let themes = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Themes")
        let files = try FileManager.default.contentsOfDirectory(atPath: themes.path).filter { $0.hasSuffix(".toml") }
        #expect(files.count >= 4)
        for file in files {
            let text = try String(contentsOf: themes.appendingPathComponent(file), encoding: .utf8)
            #expect(throws: Never.self) { try TOMLParser.parse(text) }
            var prefix = ""
            for character in text {
                survives(prefix)
                prefix.append(character)
            }
        }
    }

    @Test func mutatedThemesParseOrThrow() throws {
        // Every line of a theme with one byte changed to each kind of TOML punctuation.
        let themes = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Themes/default.toml")
        let bytes = Array(try String(contentsOf: themes, encoding: .utf8).utf8)
        var random = SystemRandomNumberGenerator()
        let punctuation = Array("[]{}\"'=.,#\\\n \t+-_:0xe".utf8)
        for _ in 0..<2_000 {
            var mutated = bytes
            mutated[Int.random(in: 0..<mutated.count, using: &random)] = punctuation.randomElement(using: &random) ?? 0
            survives(String(decoding: mutated, as: UTF8.self))
        }
    }
}
