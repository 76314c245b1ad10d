import Foundation
import Testing
@testable import IngestLint

/// IL304 (domain typos), IL305 (reserved domains) and IL306 (provider aliases): the catalogue
/// functions on their own, then the rules end to end on a payload.
@Suite("Email domains: typos, reserved domains, provider aliases")
struct EmailDomainTests {
    static let catalogue = EmailDomainCatalogue.builtin
    static let interviewer = "304c0cfb-324f-4b2c-ac89-c93725c00399"

    // MARK: - IL304

    static let typos: [(domain: String, suggestion: String)] = [
        // Fuzzy: one edit (two for domains of ten octets or more) from exactly one provider.
        ("gmial.com", "gmail.com"),
        ("gmai.com", "gmail.com"),
        ("gmaill.com", "gmail.com"),
        ("gnail.com", "gmail.com"),
        ("yaho.com", "yahoo.com"),
        ("yahooo.com", "yahoo.com"),
        ("yhaoo.com", "yahoo.com"),
        ("outlok.com", "outlook.com"),
        ("outllok.com", "outlook.com"),
        ("otulook.com", "outlook.com"),
        ("hotmial.com", "hotmail.com"),
        ("hotmal.com", "hotmail.com"),
        ("hotmail.co", "hotmail.com"),
        ("protonmial.com", "protonmail.com"),
        ("icloud.cm", "icloud.com"),
        ("googlemial.com", "googlemail.com"),
        ("rocketmial.com", "rocketmail.com"),
        // Misspelt top-level label: exact table, any domain.
        ("hotmail.con", "hotmail.com"),
        ("gmail.con", "gmail.com"),
        ("gmail.cmo", "gmail.com"),
        ("yahoo.ocm", "yahoo.com"),
        ("outlook.vom", "outlook.com"),
        ("acme.con", "acme.com"),
        ("mail.lovelace.con", "mail.lovelace.com"),
        ("comcast.nte", "comcast.net"),
        ("lovelace.ogr", "lovelace.org"),
        ("lovelace.orgg", "lovelace.org"),
    ]

    @Test("IL304 suggests the provider or top-level domain", arguments: typos.map(\.domain))
    func typoSuggestion(_ domain: String) throws {
        let expected = try #require(Self.typos.first { $0.domain == domain }).suggestion
        #expect(Self.catalogue.typoSuggestion(for: domain) == expected)
    }

    static let notTypos: [String] = [
        // Real domains that are not typos of anything.
        "lovelace.dev", "mc.com", "mit.edu", "acme-corp.com", "bbc.co.uk", "gov.uk", "apple.com",
        "microsoft.com", "github.com", "example.co",
        // Short providers are matched exactly only: these are one letter from one of them.
        "me.co", "mac.co", "qq.co", "aol.co", "msn.co", "gmx.dr", "web.dr", "ya.ry", "wp.p", "bk.rr", "pm.mr",
        "aim.co", "sky.co", "sfr.fm", "o2.pk", "163.cm", "126.co",
        // Two providers equally near: no guess.
        "hmail.com",
        // Too far from anything.
        "gmaaaail.com", "yaaaahoo.com", "lovelace.com",
        // Other real country and second-level variants of providers are not typos.
        "gmx.at", "gmx.ch", "yahoo.co.jp", "hotmail.co.uk", "live.co.uk", "yandex.com", "yandex.ru",
    ]

    @Test("IL304 leaves real domains alone", arguments: notTypos)
    func noTypoSuggestion(_ domain: String) {
        #expect(Self.catalogue.typoSuggestion(for: domain) == nil)
    }

    /// Real mailbox domains of the same providers in other countries (Microsoft's hotmail.be and
    /// outlook.be, Yahoo's regional domains, Posteo's other top-level domains). They are one or
    /// two edits from a listed domain only because the country code differs: suggesting another
    /// country's domain ("yahoo.com.au → yahoo.com.br") would send the invitation elsewhere.
    @Test("IL304 does not turn one country's provider domain into another's", arguments: [
        "hotmail.be", "outlook.be", "yahoo.com.au", "yahoo.com.ar", "yahoo.com.mx", "yahoo.com.sg", "yahoo.com.ph",
        "yahoo.in", "yahoo.co.id", "posteo.net",
    ])
    func countryVariantsAreNotTypos(_ domain: String) {
        #expect(Self.catalogue.typoSuggestion(for: domain) == nil)
    }

    @Test("IL304 never reports a provider of the catalogue", arguments: EmailDomainCatalogue.builtin.providers)
    func providersAreNeverTypos(_ provider: String) {
        #expect(Self.catalogue.typoSuggestion(for: provider) == nil)
    }

    @Test("Configured typo domains become targets")
    func configuredTypoDomains() {
        let extended = Self.catalogue.extended(typoDomains: ["Acme-Corp.com"], reservedDomains: [])
        #expect(extended.typoSuggestion(for: "acme-crop.com") == "acme-corp.com")
        #expect(extended.typoSuggestion(for: "acme-corp.com") == nil)
        #expect(Self.catalogue.typoSuggestion(for: "acme-crop.com") == nil)
    }

    // MARK: - IL305

    static let reserved: [(domain: String, match: String)] = [
        ("example.com", "example.com"),
        ("example.net", "example.net"),
        ("example.org", "example.org"),
        ("mail.example.com", "example.com"),
        ("a.b.c.example.org", "example.org"),
        ("acme.example", "example"),
        ("acme.test", "test"),
        ("mail.acme.test", "test"),
        ("nothing.invalid", "invalid"),
        ("app.localhost", "localhost"),
        ("printer.local", "local"),
        ("duckduckgogg42xjoc72x3sjasowoarfbgcmvfimaftt6twagswzczad.onion", "onion"),
        ("1.2.0.192.in-addr.arpa", "arpa"),
        ("home.arpa", "arpa"),
    ]

    @Test("IL305 matches reserved domains and their subdomains", arguments: reserved.map(\.domain))
    func reservedMatch(_ domain: String) throws {
        let expected = try #require(Self.reserved.first { $0.domain == domain }).match
        #expect(Self.catalogue.reservedMatch(for: domain) == expected)
    }

    @Test("IL305 does not match look-alikes", arguments: [
        "example.co", "notexample.com", "myexample.org", "example.com.au", "examples.com", "example-com.io",
        "testing.io", "test.com", "tests.dev", "local.com", "localhost.com", "onion.com", "arpa.gov",
        "invalid.io", "lovelace.dev",
    ])
    func notReserved(_ domain: String) {
        #expect(Self.catalogue.reservedMatch(for: domain) == nil)
    }

    @Test("Configured reserved domains and their subdomains are reserved")
    func configuredReservedDomains() {
        let extended = Self.catalogue.extended(typoDomains: [], reservedDomains: ["Staging.Acme-Corp.io"])
        #expect(extended.reservedMatch(for: "staging.acme-corp.io") == "staging.acme-corp.io")
        #expect(extended.reservedMatch(for: "qa.staging.acme-corp.io") == "staging.acme-corp.io")
        #expect(extended.reservedMatch(for: "acme-corp.io") == nil)
        #expect(extended.reservedMatch(for: "prestaging.acme-corp.io") == nil)
    }

    // MARK: - IL306

    static let mailboxes: [(address: String, mailbox: String)] = [
        ("ada.lovelace@gmail.com", "adalovelace@gmail.com"),
        ("A.D.A.Lovelace@Gmail.com", "adalovelace@gmail.com"),
        ("adalovelace+jobs@googlemail.com", "adalovelace@gmail.com"),
        ("ada.lovelace+jobs+2024@GoogleMail.com", "adalovelace@gmail.com"),
        ("ada+a.b@gmail.com", "ada@gmail.com"),
        ("  Ada@Gmail.com ", "ada@gmail.com"),
        ("ada...lovelace@gmail.com", "adalovelace@gmail.com"),
        // Other providers: only trimmed and lower-cased.
        ("ada.lovelace@outlook.com", "ada.lovelace@outlook.com"),
        ("Ada.Lovelace+x@Lovelace.dev", "ada.lovelace+x@lovelace.dev"),
        ("ada.lovelace@gmail.com.au", "ada.lovelace@gmail.com.au"),
        ("ada.lovelace@mail.gmail.com", "ada.lovelace@mail.gmail.com"),
        ("ada.lovelace@gmail.co", "ada.lovelace@gmail.co"),
    ]

    @Test("IL306 mailbox: Gmail ignores dots and +tags, googlemail.com is gmail.com", arguments: mailboxes.map(\.address))
    func mailbox(_ address: String) throws {
        let expected = try #require(Self.mailboxes.first { $0.address == address }).mailbox
        #expect(EmailAddress.mailbox(of: address) == expected)
    }

    // MARK: - The rules end to end

    static func lint(_ candidates: [String], select: [String]) -> [Diagnostic] {
        var configuration = Configuration()
        configuration.select = select
        let data = candidates.map { "{\"name\": \"N\", \"email\": \(JSONStringEncoding.quoted($0))}" }.joined(separator: ",\n  ")
        let text = "{\"interviewerId\": \"\(interviewer)\", \"data\": [\n  \(data)\n]}\n"
        let result = FileLinter(linter: Linter(configuration: configuration))
            .lint(bytes: Array(text.utf8), path: "payload.json", format: InputFormat(fileName: "payload.json"))
        return result.diagnostics
    }

    @Test("IL304 end to end: lower-cased domain, message and help, only on valid addresses")
    func typoRule() {
        let found = Self.lint(["ada@GMIAL.COM", "bo@hotmail.con", "cy@gmial@com", "di@gmail.com", "ed@mc.com"], select: ["IL304"])
        #expect(found.map(\.location.pointer) == ["/data/0/email", "/data/1/email"])
        #expect(found.first?.message == "e-mail domain 'gmial.com' looks like a typo of 'gmail.com'")
        #expect(found.first?.help == "did you mean 'gmail.com'?")
        #expect(found.last?.message == "e-mail domain 'hotmail.con' looks like a typo of 'hotmail.com'")
    }

    @Test("IL305 end to end: case-insensitive, subdomains, never on invalid addresses")
    func reservedRule() {
        let found = Self.lint(
            ["ada@Mail.EXAMPLE.org", "bo@acme.TEST", "cy@localhost", "di@example.co", "ed@printer.local", "fa@example..com"],
            select: ["IL305"])
        #expect(found.map(\.location.pointer) == ["/data/0/email", "/data/1/email", "/data/4/email"])
        #expect(found.first?.message == "e-mail domain 'mail.example.org' is under the reserved domain 'example.org': no mail is delivered there")
        #expect(found.dropFirst().first?.message == "e-mail domain 'acme.test' is under the reserved domain 'test': no mail is delivered there")
        // `localhost` alone has no dot: IL300, not IL305.
        let invalid = Self.lint(["cy@localhost"], select: ["IL300", "IL305"])
        #expect(invalid.map(\.code) == ["IL300"])
    }

    @Test("IL306 end to end: alias duplicates, but equal addresses are IL302")
    func providerAliasRule() {
        let found = Self.lint(
            ["ada.lovelace@gmail.com", "adalovelace+jobs@googlemail.com", "ADA.LOVELACE@gmail.com", "A.D.A.lovelace@gmail.com",
             "ada.lovelace@outlook.com", "ada.lovelace+x@lovelace.dev", "adalovelace+x@lovelace.dev"],
            select: ["IL302", "IL306"])
        #expect(found.map(\.code) == ["IL306", "IL302", "IL306"])
        #expect(found.map(\.location.pointer) == ["/data/1/email", "/data/2/email", "/data/3/email"])
        let alias = found.first { $0.code == "IL306" }
        #expect(alias?.related.first?.location.pointer == "/data/0/email")
        #expect(alias?.message == "e-mail 'adalovelace+jobs@googlemail.com' reaches the same mailbox as 'ada.lovelace@gmail.com' (adalovelace@gmail.com)")
    }
}
