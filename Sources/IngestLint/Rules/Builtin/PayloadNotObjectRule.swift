/// IL103: reported while finding a document's payloads (see `PayloadExtraction`).
public struct PayloadNotObjectRule: Rule {
    public static let code = "IL103"
}
