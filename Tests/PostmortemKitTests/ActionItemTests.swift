import Foundation
import Testing

@testable import PostmortemKit

@Suite struct ActionItemTests {
    @Test(
        arguments: [
            (ActionStatus.done, "done", nil), (.open, "open", nil), (.inProgress, "inProgress", nil),
            (.wontDo, "wontDo", nil), (.done, "Done", "Done"), (.done, "[x]", "[x]"), (.open, "done", "done"),
        ] as [(ActionStatus, String, String?)])
    func aLabelThatIsTheStatusOwnNameIsDropped(status: ActionStatus, label: String, kept: String?) throws {
        let item = ActionItem(text: "x", status: status, statusLabel: label)
        #expect(item.statusLabel == kept)
        let json = try IncidentJSON.string(ActionItem(text: "x", status: status, statusLabel: "Done"))
            .replacingOccurrences(of: "\"Done\"", with: "\"\(label)\"")
        #expect(try JSONDecoder().decode(ActionItem.self, from: Data(json.utf8)) == item)
    }
}
