/// A fingerprint of everything an incident holds: equal for equal incidents, different (but
/// for a 64-bit hash collision) as soon as any field differs.
///
/// The store keeps it beside each incident, so a publish can tell which pages need
/// rendering again without reading every incident whole.
public enum IncidentRevision {
    /// `StableHash.hex` of the incident's compact JSON with sorted keys (16 hex digits).
    public static func of(_ incident: Incident) -> String {
        let bytes: [UInt8]
        if let data = try? IncidentJSON.encoder(pretty: false).encode(incident) {
            bytes = Array(data)
        } else {
            // Encoding a model value cannot fail in practice; stay deterministic if it does.
            bytes = Array(String(describing: incident).utf8)
        }
        return StableHash.hex(bytes: bytes)
    }
}
