"""Pure domain logic of Balloon Watch: no QGIS, no Qt, no iface.

Everything here can be imported and tested with plain Python, numpy and pyproj.
"""
