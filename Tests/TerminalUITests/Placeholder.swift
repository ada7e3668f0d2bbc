// Tests for TerminalUITests live beside this file.
