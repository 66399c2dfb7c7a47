"""The application's name as the window, its messages and its settings know it."""

APP_TITLE = "Timeline Viewer"
SETTINGS_ORG = "timeline-viewer"
SETTINGS_APP = "timeline-viewer"
