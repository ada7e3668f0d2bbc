/// A word of a command line shown to the user to copy (`shopper run … --resume ID`): as it is when
/// it is made of letters, digits and `-_./` only, else in single quotes (a quote inside closed,
/// escaped and reopened), so a folder with spaces or quotes pastes back as one argument.
enum ShellWord {
    static func quoted(_ word: String) -> String {
        word.allSatisfy { $0.isLetter || $0.isNumber || "-_./".contains($0) } ? word : "'" + word.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}
