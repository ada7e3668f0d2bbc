import Foundation
import ShopperCore

/// One reusable buffer per loading thread: a whole file read with `open`/`fstat`/`read`, no
/// `Data` and no copy. Files over `SourceFile.maxBytes`, and any read failure, give nil, and
/// the caller leaves the file to `SourceFile`, which says what is wrong.
final class FileBuffer {
    private var storage: UnsafeMutableRawPointer
    private var capacity: Int

    init(capacity: Int = 64 << 10) {
        self.capacity = capacity
        storage = UnsafeMutableRawPointer.allocate(byteCount: capacity, alignment: 16)
    }

    deinit { storage.deallocate() }

    /// The bytes of the file at `path`, valid until the next call.
    func read(_ path: String) -> UnsafeRawBufferPointer? {
        let fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)  // a FIFO must not block the open
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return nil }
        let limit = SourceFile.maxBytes
        guard Int(info.st_size) <= limit else { return nil }
        // Room for one byte more than the size, to see a file that grew.
        reserve(Int(info.st_size) + 1)
        var count = 0
        while true {
            if count == capacity {
                guard capacity <= limit else { return nil }
                reserve(capacity * 2)
            }
            let n = Foundation.read(fd, storage + count, capacity - count)
            if n < 0 {
                if errno == EINTR { continue }
                return nil
            }
            if n == 0 { break }
            count += n
            if count > limit { return nil }
        }
        return UnsafeRawBufferPointer(start: storage, count: count)
    }

    private func reserve(_ needed: Int) {
        guard needed > capacity else { return }
        var newCapacity = capacity
        while newCapacity < needed { newCapacity *= 2 }
        // Contents are not kept: reserve is called before reading, or when the buffer is full,
        // in which case the bytes read so far are copied over.
        let newStorage = UnsafeMutableRawPointer.allocate(byteCount: newCapacity, alignment: 16)
        newStorage.copyMemory(from: storage, byteCount: capacity)
        storage.deallocate()
        storage = newStorage
        storage = UnsafeMutableRawPointer.allocate(byteCount: newCapacity, alignment: 16)
        capacity = newCapacity
    }
}
