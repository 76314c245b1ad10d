import Foundation
import IngestLint

// Regenerates the built-in rule table from rules/*.yml. Run from the package root:
//   swift run generate-rules
let root = URL(fileURLWithPath: CommandLine.arguments.dropFirst().first ?? FileManager.default.currentDirectoryPath)
let output = root.appendingPathComponent("Sources/IngestLint/Rules/Generated/RuleCatalogue+Builtin.generated.swift")
do {
    let rules = try RuleDataLoader.load(directory: root.appendingPathComponent("rules"))
    try RuleDataLoader.renderSwift(rules).write(to: output, atomically: true, encoding: .utf8)
    let messages = root.appendingPathComponent("Sources/IngestLint/Rules/Generated/RuleMessages.generated.swift")
    try RuleDataLoader.renderMessagesSwift(rules).write(to: messages, atomically: true, encoding: .utf8)
    let catalogues = root.appendingPathComponent("Sources/IngestLint/Rules/Generated/Catalogues.generated.swift")
    let emailDomains = try RuleDataLoader.loadEmailDomains(directory: root.appendingPathComponent("rules"))
    let skills = try RuleDataLoader.loadSkills(directory: root.appendingPathComponent("rules"))
    try RuleDataLoader.renderCataloguesSwift(emailDomains: emailDomains, skills: skills).write(to: catalogues, atomically: true, encoding: .utf8)
    let reference = root.appendingPathComponent("docs/rules.md")
    try FileManager.default.createDirectory(at: reference.deletingLastPathComponent(), withIntermediateDirectories: true)
    try RuleCatalogueRenderer.reference(RuleCatalogue(rules: rules)).write(to: reference, atomically: true, encoding: .utf8)
    print("wrote \(rules.count) rules to \(output.path) and docs/rules.md")
} catch {
    FileHandle.standardError.write(Data("generate-rules: \(error)\n".utf8))
    exit(2)
}
