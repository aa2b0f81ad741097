import Testing

@testable import PostmortemStore

@Suite struct SearchTermsTests {
    static func word(_ text: String) -> SearchTerm { SearchTerm(text: text, shape: .word) }
    static func phrase(_ text: String) -> SearchTerm { SearchTerm(text: text, shape: .phrase) }
    static func prefix(_ text: String) -> SearchTerm { SearchTerm(text: text, shape: .prefix) }

    @Test(arguments: [
        ("disk full", [word("disk"), word("full")]),
        ("  disk\tfull\n", [word("disk"), word("full")]),
        ("\"no space left\" device", [phrase("no space left"), word("device")]),
        ("volum*", [prefix("volum")]),
        ("volum**", [prefix("volum")]),
        ("\"write ahead\"* log", [prefix("write ahead"), word("log")]),
        ("a* b", [word("a"), word("b")]),
        ("OR AND NOT NEAR", [word("OR"), word("AND"), word("NOT"), word("NEAR")]),
        ("NEAR(certificate expired)", [word("NEAR"), word("certificate"), word("expired")]),
        ("nas-01 10.0.0.1 error: title:foo", [word("nas-01"), word("10.0.0.1"), word("error:"), word("title:foo")]),
        ("\"unbalanced quote", [phrase("unbalanced quote")]),
        ("x\"y\"z", [word("x"), phrase("y"), word("z")]),
        ("say \"hi\" hi hi", [word("say"), phrase("hi"), word("hi")]),
        ("^archive -disk", [word("^archive"), word("-disk")]),
        ("- — 😢 * ** \"\" ( ) ^", []),
        ("😢 archive", [word("archive")]),
        ("", []),
    ])
    func readsTerms(text: String, expected: [SearchTerm]) {
        #expect(SearchTerms(parsing: text).terms == expected)
    }

    @Test func buildsQuotedExpressions() {
        let terms = SearchTerms(parsing: "disk \"no space\" volum* OR nas-01")
        #expect(terms.allTermsExpression == #""disk" "no space" "volum"* "OR" "nas-01""#)
        #expect(terms.anyTermExpression == #""disk" OR "no space" OR "volum"* OR "OR" OR "nas-01""#)
        #expect(terms.phraseExpression == nil)
        #expect(terms.displayText == #"disk "no space" volum* OR nas-01"#)
        #expect(SearchTerms(parsing: "Expected empty archive").phraseExpression == #""Expected empty archive""#)
        #expect(SearchTerms(parsing: "archive").phraseExpression == nil)
    }

    @Test func escapesQuotesInsideATerm() {
        #expect(SearchTerm(text: #"say "hi""#, shape: .word).ftsExpression == #""say ""hi""""#)
        #expect(SearchTerm(text: "write ahe", shape: .prefix).ftsExpression == #""write ahe"*"#)
        #expect(SearchTerm(text: "write ahe", shape: .prefix).displayText == #""write ahe"*"#)
    }

    @Test func keepsAtMostThirtyTwoTermsOfBoundedLength() {
        let text = (1...1000).map { "word\($0)" }.joined(separator: " ")
        let terms = SearchTerms(parsing: text).terms
        #expect(terms == (1...SearchTerms.maximumCount).map { Self.word("word\($0)") })
        let long = String(repeating: "a", count: 10_000)
        #expect(SearchTerms(parsing: long).terms == [Self.word(String(repeating: "a", count: 200))])
    }

    @Test func onlyPlainLetterWordsAreCorrectable() {
        #expect(
            SearchTerms(parsing: "archve données nas-01 v2 \"archve\" archv*").terms.map(\.isCorrectable) == [
                true, true, false, false, false, false,
            ])
    }
}
