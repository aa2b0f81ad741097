import Foundation

extension StringProtocol {
    /// The text in lower case without diacritics ("Résolu" → "resolu"), for comparing words
    /// as people write them. Text that is all ASCII has no diacritics to fold and skips
    /// Foundation's folding, which bridges through `NSString` on Linux and is many times
    /// slower than lower-casing (dates and labels are folded for every timeline row).
    public func lowercasedWithoutDiacritics() -> String {
        let lower = lowercased()
        if lower.utf8.allSatisfy({ $0 < 0x80 }) { return lower }
        return lower.folding(options: [.diacriticInsensitive], locale: nil)
    }
}
