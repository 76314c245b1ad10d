import Testing
@testable import IngestLint

@Suite("ingestlint init template")
struct ConfigurationTemplateTests {
    @Test("The template is a valid configuration that keeps the default rule set")
    func templateIsValid() throws {
        let configuration = try ConfigurationLoader.parse(text: ConfigurationTemplate.text, file: ".ingestlint.yml")
        #expect(configuration.enabledRules() == Configuration().enabledRules())
        #expect(configuration.failOn == .error)
        #expect(configuration.interviewers.isEmpty)
        #expect(configuration.defaultVisibility == nil)
    }
}
