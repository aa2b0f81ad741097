import Foundation
import PostmortemKit

/// The part of every page's input key that is the same for all pages: which pm made it
/// (its executable's identity), the page templates, the config, the date asked for and the
/// taxonomy. (The stylesheet and scripts are files of their own, not part of any page.) When any of it changes, every page is made again.
enum GlobalKey {
    static func make(context: PublishingContext, taxonomy: Taxonomy) -> String {
        var text = "pm-site-1\n" + executableIdentity() + "\n"
        for file in context.themeFiles {
            text += file.path + "\u{0}" + file.contents + "\u{0}"
        }
        text += "title:\(context.site.title)\nbase:\(context.site.baseURL ?? "")\n"
        text += "date:\(context.options.date?.description ?? "-")\n"
        for mode in taxonomy.modes {
            text += "mode:\(mode.id)|\(mode.name)|\(mode.category.rawValue)|\(mode.description)\n"
        }
        return StableHash.hex(bytes: Array(text.utf8))
    }

    /// The running executable's path, size and modification time: a new build of pm renders
    /// pages anew even when its version number did not change.
    static func executableIdentity() -> String {
        let path = ProcessInfo.processInfo.arguments.first ?? ""
        let url = URL(fileURLWithPath: path).resolvingSymlinksInPath()
        let attributes = try? FileManager.default.attributesOfItem(atPath: url.path)
        let size = (attributes?[.size] as? NSNumber)?.intValue ?? 0
        let modified = (attributes?[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
        return "\(url.path)|\(size)|\(Int(modified))"
    }
}
