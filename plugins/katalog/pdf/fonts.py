"""A WeasyPrint font configuration that knows only the fonts the stylesheets load with @font-face."""
from __future__ import annotations

from weasyprint.text.ffi import ffi, fontconfig, gobject, pangoft2
from weasyprint.text.fonts import FontConfiguration

# WeasyPrint declares only the Fontconfig calls it uses; an empty configuration needs one more.
ffi.cdef("FcConfig * FcConfigCreate (void);")


class ProjectFonts(FontConfiguration):
    """Starts from an empty Fontconfig setup instead of the system's, so no system font can slip in.

    A character our fonts lack then shows as a box and WeasyPrint warns, instead of a PDF that
    silently depends on whatever fonts the build machine has.
    """

    def __init__(self):
        self._config = fontconfig.FcConfigCreate()
        self.font_map = ffi.gc(pangoft2.pango_ft2_font_map_new(), gobject.g_object_unref)
        pangoft2.pango_fc_font_map_set_config(ffi.cast("PangoFcFontMap *", self.font_map), self._config)
        # The font map keeps its own reference, as in FontConfiguration.__init__.
        fontconfig.FcConfigDestroy(self._config)
        self._folder = None
        self.strut_layouts = {}
        self.font_features = {}
