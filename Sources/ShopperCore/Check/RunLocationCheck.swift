import YAMLKit

/// Holds a run's `context.location` to the locations registry, when there is one: the value must
/// be a location id. Without a registry, `location` is free text and nothing is checked.
public enum RunLocationCheck {
    /// An error at the `location` value when it names no location of `registry`, else nothing.
    /// `-`, which the runner stores for "unknown", is accepted.
    /// `registryPath` names the registry in the message. A value that is not text is left to the
    /// run decoder.
    public static func check(_ root: Node, against registry: LocationRegistry, registryPath: String) -> [Diagnostic] {
        guard let context = root["context"], context.mapping != nil, let node = context["location"],
              let value = node.scalar?.value else { return [] }
        guard value != "-", registry[value] == nil else { return [] }
        let hint = Suggestion.hint(for: value, in: registry.ids)
        return [Diagnostic(.error, "unknown location \(Echo.quoted(value))\(hint) (locations are the ids in \(registryPath))",
                           at: node.mark)]
    }
}
