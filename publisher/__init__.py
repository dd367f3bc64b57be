"""Council LOD Publisher: council meeting records in, validated Linked Open Data out."""

__version__ = "0.1.0"
