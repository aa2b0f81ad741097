import Testing

@testable import PostmortemStore

@Suite struct TextNumberingTests {
    @Test func numbersEachDistinctTextOnceInOrderOfFirstSight() {
        var numbering = TextNumbering()

        let numbers = ["b", "a", "b", "", "café", "a", ""].map { numbering.number(of: $0) }

        #expect(numbers == [0, 1, 0, 2, 3, 1, 2])
        #expect(numbering.texts == ["b", "a", "", "café"])
        #expect(numbering.count == 4)
    }

    @Test func findsTextsAmongManyWithoutNumberingNewOnes() {
        var numbering = TextNumbering()
        let texts = (0..<5_000).map { "pm-" + String($0 * 7_919 % 100_003) }
        for (index, text) in texts.enumerated() { #expect(numbering.number(of: text) == Int32(index)) }

        var last: Int32?
        for (index, text) in texts.enumerated().reversed() {
            var bytes = text
            #expect(bytes.withUTF8 { numbering.existingNumber(of: $0) } == Int32(index))
            #expect(bytes.withUTF8 { numbering.existingNumber(of: $0, last: &last) } == Int32(index))
            #expect(bytes.withUTF8 { numbering.existingNumber(of: $0, last: &last) } == Int32(index))
        }
        var unknown = "pm-unknown"
        #expect(unknown.withUTF8 { numbering.existingNumber(of: $0) } == nil)
        #expect(unknown.withUTF8 { numbering.existingNumber(of: $0, last: &last) } == nil)
        #expect(last == nil)
        #expect(numbering.count == texts.count)
        #expect(numbering.texts == texts)
    }

    @Test func tellsWhetherEveryTextIsASCII() {
        var numbering = TextNumbering()
        _ = numbering.number(of: "pm-abc")
        #expect(numbering.isASCII)

        _ = numbering.number(of: "pm-café")

        #expect(!numbering.isASCII)
    }

    @Test(arguments: [("pm-a", "pm-b", true), ("pm-b", "pm-a", false), ("pm-a", "pm-a", false), ("pm", "pm-a", true)])
    func sortsTextsByTheirBytes(a: String, b: String, precedes: Bool) {
        var numbering = TextNumbering()
        let (x, y) = (numbering.number(of: a), numbering.number(of: b))

        #expect(numbering.precedes(x, y) == precedes)
        #expect(precedes == (a < b))
    }
}
