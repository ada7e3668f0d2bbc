import Testing
import TerminalUI

@Suite struct ColourPolicyTests {
    @Test func ttyWithOrdinaryTermAllowsColour() {
        #expect(ColourPolicy.allowed(isTTY: true, environment: ["TERM": "xterm-256color"]))
        #expect(ColourPolicy.allowed(isTTY: true, environment: [:]))
    }

    @Test func notATTYDisablesColour() {
        #expect(!ColourPolicy.allowed(isTTY: false, environment: ["TERM": "xterm"]))
    }

    @Test func nonEmptyNoColorDisablesColour() {
        #expect(!ColourPolicy.allowed(isTTY: true, environment: ["NO_COLOR": "1"]))
        #expect(!ColourPolicy.allowed(isTTY: true, environment: ["NO_COLOR": "0"]))
    }

    @Test func emptyNoColorIsIgnored() {
        #expect(ColourPolicy.allowed(isTTY: true, environment: ["NO_COLOR": ""]))
    }

    @Test func dumbTerminalDisablesColour() {
        #expect(!ColourPolicy.allowed(isTTY: true, environment: ["TERM": "dumb"]))
    }

    @Test func forceColorOverridesTTYAndDumbTerminal() {
        #expect(ColourPolicy.allowed(isTTY: false, environment: ["FORCE_COLOR": "1"]))
        #expect(ColourPolicy.allowed(isTTY: true, environment: ["FORCE_COLOR": "", "TERM": "dumb"]))
    }

    @Test func forceColorZeroOrFalseDisablesColour() {
        #expect(!ColourPolicy.allowed(isTTY: true, environment: ["FORCE_COLOR": "0"]))
        #expect(!ColourPolicy.allowed(isTTY: true, environment: ["FORCE_COLOR": "false"]))
    }

    @Test func noColorBeatsForceColor() {
        #expect(!ColourPolicy.allowed(isTTY: true, environment: ["NO_COLOR": "1", "FORCE_COLOR": "1"]))
    }
}
