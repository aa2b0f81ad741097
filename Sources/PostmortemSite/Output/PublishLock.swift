import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// An exclusive lock held for the whole of a publish, so two publishes of one knowledge base
/// take turns instead of racing for the output folder; the second waits for the first.
///
/// The lock file lives beside the store (`.pm-publish.lock`). The lock is the kernel's
/// (`flock`): it is released when the process ends, however it ends.
final class PublishLock {
    private let descriptor: Int32

    init(file: URL) throws(PublishError) {
        let descriptor = open(file.path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else {
            throw .output(
                path: file.path, reason: "cannot open the publish lock (\(String(cString: strerror(errno))))",
                fix: "check that the knowledge base's store folder is writable")
        }
        while flock(descriptor, LOCK_EX) != 0 {
            guard errno == EINTR else {
                let reason = String(cString: strerror(errno))
                close(descriptor)
                throw .output(
                    path: file.path, reason: "cannot take the publish lock (\(reason))",
                    fix: "check the file system supports locks")
            }
        }
        self.descriptor = descriptor
    }

    deinit {
        flock(descriptor, LOCK_UN)
        close(descriptor)
    }
}
