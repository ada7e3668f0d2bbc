// Tests for RunnerTests live beside this file.
