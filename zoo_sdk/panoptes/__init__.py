"""The Panoptes (Zooniverse API) half of zoo-sdk: connection, objects, links, uploads, exports."""
