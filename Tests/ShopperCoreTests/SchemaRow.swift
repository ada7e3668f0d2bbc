import Testing

/// One document with the validator's verdict and the JSON Schema's, for the tables that check a
/// schema agrees with its decoder. Where they differ, `limit` says what a JSON Schema cannot
/// express; `shopper check` catches those.
struct SchemaRow: Sendable, CustomTestStringConvertible {
    var name: String
    var yaml: String
    var validator: Bool
    var schema: Bool
    var limit: String? = nil
    var testDescription: String { name }
}
