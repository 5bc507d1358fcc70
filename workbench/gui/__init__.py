"""The Qt application: windows, widgets, item models, dialogs. The only layer that imports Qt."""
