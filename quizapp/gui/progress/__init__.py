"""The learner's progress in the window: the bridge to the store, the recorder of
answers, learners, History, Review my mistakes, My words, and the rescue of
answers the disk refused.

Public face: `screens.ProgressScreens` and `bridge.ProgressBridge`."""
