import ArgumentParser
import Foundation
import IngestLint

struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Write a commented default .ingestlint.yml in the current folder.")

    @Flag(name: .long, help: "Replace an existing .ingestlint.yml.")
    var force = false

    func run() throws {
        let path = ConfigurationTemplate.fileName
        if !force, FileManager.default.fileExists(atPath: path) {
            throw ToolFailure(message: "\(path) already exists; use --force to replace it.")
        }
        do {
            try SafeFileWriter.write(Array(ConfigurationTemplate.text.utf8), to: path)
        } catch {
            throw ToolFailure(message: error.description)
        }
        print("wrote \(path)")
    }
}
