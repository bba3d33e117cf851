"""The Qt desktop app. Widgets live here; everything they show comes from `index`."""
