import Testing

@testable import PostmortemStore

@Suite struct SearchSpellingCorrectorTests {
    @Test(arguments: [
        ("archve", "archive", 1),
        ("archive", "archive", 0),
        ("dsik", "disk", 1),
        ("certficate", "certificate", 1),
        ("certifcaet", "certificate", 2),
        ("kitten", "sitting", 3),
        ("", "abc", 3),
        ("données", "donnees", 1),
    ])
    func measuresEditDistance(a: String, b: String, expected: Int) {
        let distance = SpellingCorrector.distance(Array(a.unicodeScalars), Array(b.unicodeScalars), limit: 10)
        #expect(distance == expected)
        #expect(SpellingCorrector.distance(Array(b.unicodeScalars), Array(a.unicodeScalars), limit: 10) == expected)
    }

    @Test func givesUpAboveTheLimit() {
        #expect(
            SpellingCorrector.distance(Array("kitten".unicodeScalars), Array("sitting".unicodeScalars), limit: 2) == nil
        )
        #expect(SpellingCorrector.distance(Array("ab".unicodeScalars), Array("abcdef".unicodeScalars), limit: 2) == nil)
    }

    @Test func allowsMoreEditsForLongerWords() {
        #expect([2, 3, 4, 7, 8, 20, 41].map(SpellingCorrector.maximumDistance(forLength:)) == [0, 0, 1, 1, 2, 2, 0])
    }
}
