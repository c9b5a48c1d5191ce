"""What a DOCX says about itself beside the text: the draft marks and the application name.

A draft is marked as the PDF marks it: the mark at the head of every page and the same words
large and diagonal across every page. The diagonal mark is the VML text shape that Word writes
for its own watermarks ("PowerPlusWaterMarkObject", which LibreOffice also reads as a
watermark), anchored in the page header so it repeats on every page. The extended properties
(docProps/app.xml) name Kassatsiya as the application, instead of python-docx's template,
which claims to be "Microsoft Macintosh Word".
"""

from __future__ import annotations

from typing import Any
from xml.sax.saxutils import quoteattr

from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.opc.constants import CONTENT_TYPE as CT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import parse_xml

APPLICATION = "Kassatsiya"
WATERMARK_SHAPE_ID = "PowerPlusWaterMarkObject1"
WATERMARK_ROTATION = 315  # degrees clockwise: bottom left to top right, as in the PDF
VML = "urn:schemas-microsoft-com:vml"
OFFICE = "urn:schemas-microsoft-com:office:office"
WORD = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

# Word's definition of the text-along-a-path shape type (o:spt 136) its watermarks use.
_TEXT_SHAPE_TYPE = """
<v:shapetype id="_x0000_t136" coordsize="21600,21600" o:spt="136" adj="10800"
    path="m@7,l@8,m@5,21600l@6,21600e">
  <v:formulas>
    <v:f eqn="sum #0 0 10800"/><v:f eqn="prod #0 2 1"/><v:f eqn="sum 21600 0 @1"/>
    <v:f eqn="sum 0 0 @2"/><v:f eqn="sum 21600 0 @3"/><v:f eqn="if @0 @3 0"/>
    <v:f eqn="if @0 21600 @1"/><v:f eqn="if @0 0 @2"/><v:f eqn="if @0 @4 21600"/>
    <v:f eqn="mid @5 @6"/><v:f eqn="mid @8 @5"/><v:f eqn="mid @7 @8"/>
    <v:f eqn="mid @6 @7"/><v:f eqn="sum @6 0 @5"/>
  </v:formulas>
  <v:path textpathok="t" o:connecttype="custom" o:connectlocs="@9,0;@10,10800;@11,21600;@12,10800"
      o:connectangles="270,180,90,0"/>
  <v:textpath on="t" fitshape="t"/>
  <v:handles><v:h position="#0,bottomRight" xrange="6629,14971"/></v:handles>
  <o:lock v:ext="edit" text="t" shapetype="t"/>
</v:shapetype>"""

_APP_PROPERTIES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"'
    ' xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
    f"<Application>{APPLICATION}</Application><DocSecurity>0</DocSecurity></Properties>"
)


def _watermark_run(text: str, font: str) -> Any:
    """A header run holding `text` as a large grey diagonal shape centred on the page."""
    style = (
        "position:absolute;margin-left:0;margin-top:0;width:460pt;height:70pt;"
        f"rotation:{WATERMARK_ROTATION};z-index:-251654144;"
        "mso-position-horizontal:center;mso-position-horizontal-relative:margin;"
        "mso-position-vertical:center;mso-position-vertical-relative:margin"
    )
    text_style = f'font-family:"{font}";font-size:1pt;font-weight:bold'
    return parse_xml(
        f'<w:r xmlns:w="{WORD}" xmlns:v="{VML}" xmlns:o="{OFFICE}">'
        "<w:rPr><w:noProof/></w:rPr><w:pict>"
        f"{_TEXT_SHAPE_TYPE}"
        f'<v:shape id="{WATERMARK_SHAPE_ID}" o:spid="_x0000_s1025" type="#_x0000_t136"'
        f' style="{style}" o:allowincell="f" fillcolor="#d9d9d9" stroked="f">'
        '<v:fill opacity=".6"/>'
        f"<v:textpath style={quoteattr(text_style)} string={quoteattr(text)}/>"
        "</v:shape></w:pict></w:r>"
    )


def mark_draft(section: Any, mark: str, font: str) -> Any:
    """Put `mark` at the head of every page of `section` and diagonally across it; returns the
    header's run of the mark, for the caller to give it the document's font and language."""
    header = section.header.paragraphs[0]
    header.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = header.add_run(mark)
    run.bold = True
    header._p.append(_watermark_run(mark, font))
    return run


def name_the_application(document: Any) -> None:
    """Replace the template's extended properties by ones that name Kassatsiya only."""
    package = document.part.package
    rels = package.rels
    for rel_id in [key for key, rel in rels.items() if rel.reltype == RT.EXTENDED_PROPERTIES]:
        del rels[rel_id]
    part = Part(
        PackURI("/docProps/app.xml"),
        CT.OFC_EXTENDED_PROPERTIES,
        _APP_PROPERTIES.encode("utf-8"),
        package,
    )
    package.relate_to(part, RT.EXTENDED_PROPERTIES)
