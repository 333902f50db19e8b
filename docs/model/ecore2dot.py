#!/usr/bin/env python3
"""Class diagrams of the Minewatch EMF model, from the .ecore files.

Reads bundles/org.minewatch.model/model/*.ecore (xml.etree only) and the Chinese type labels of
bundles/org.minewatch.model.edit/plugin_zh.properties, and writes one Graphviz file per view into
docs/model/. UML-like notation:

  * a class is a record: name (italic when abstract, with its Chinese name), attributes
    ("name : Type [multiplicity]", "{id}" after the EMF ID attribute), operations;
  * containment is a composition edge (filled diamond at the container);
  * other references are open arrows labelled with the feature name and multiplicity; a pair of
    opposite references is drawn once, labelled with both names;
  * a supertype is a hollow-arrow inheritance edge;
  * in a package view, a reference to a class of another package is listed inside the class
    ("→ mine : registry.Mine [1]", "◆" when contained) unless the view draws it as an edge
    ("cross_edges"); a supertype from another package is a grey dashed stub in the subclass's
    cluster;
  * enumerations are small separate nodes with their literals.

The overview (model-overview) shows the main classes by name only, filled by what they extend
(LegalRecord, Record, Edition), with the key references listed in OVERVIEW_EDGES (checked
against the model).

Usage (from the repository root):
    python3 docs/model/ecore2dot.py            # writes docs/model/*.dot
    python3 docs/model/ecore2dot.py --render   # and docs/images/*.png (needs Graphviz "dot")
"""

import argparse
import html
import os
import re
import subprocess
import sys
import xml.etree.ElementTree as ET

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, "..", ".."))
MODEL_DIR = os.path.join(ROOT, "bundles", "org.minewatch.model", "model")
ZH_LABELS = os.path.join(ROOT, "bundles", "org.minewatch.model.edit", "plugin_zh.properties")
IMAGES_DIR = os.path.join(ROOT, "docs", "images")

XSI_TYPE = "{http://www.w3.org/2001/XMLSchema-instance}type"
PACKAGE_ORDER = ["base", "jurisdiction", "registry", "people", "checklist", "campaign",
                 "inspection", "hazard", "schedule", "report", "enforcement"]
SHORT_TYPES = {"EString": "String", "EBoolean": "boolean", "EInt": "int", "ELong": "long",
               "EBigDecimal": "BigDecimal", "EDouble": "double"}

# Colours: one per package (cluster background) and per kind of root class (overview).
PACKAGE_COLOURS = {
    "base": "#f2f2f2", "jurisdiction": "#eaf2fb", "registry": "#eaf7ea", "people": "#fdf3e6",
    "checklist": "#f3eefa", "campaign": "#fbeef3", "inspection": "#e9f6f6", "hazard": "#fdeeee",
    "schedule": "#f6f6e4", "report": "#eef0fb", "enforcement": "#f9efe6",
}
HEADER_COLOUR = "#dde6f0"
ENUM_HEADER_COLOUR = "#efe8d0"
STUB_COLOUR = "#e8e8e8"
ROOT_FILLS = {"LegalRecord": "#ffe0b3", "Record": "#d6ecff", "Edition": "#dff5d8",
              "Record+Edition": "#d6ecff:#dff5d8"}

# The views: which packages are drawn in full, and the graph layout of each.
VIEWS = {
    "model-base": {
        "packages": ["base", "jurisdiction", "people"],
        "rankdir": "TB",
        "cross_edges": ["Record.owner", "LegalRecord.voidedBy", "Person.agency", "Account.scope"],
    },
    "model-registry": {
        "packages": ["registry"],
        "rankdir": "TB",
        "enum_columns": {"registry": 5},
    },
    "model-inspection": {
        "packages": ["checklist", "campaign", "inspection"],
        "rankdir": "TB",
        "cross_edges": ["Campaign.requiredTemplates", "Inspection.template", "Inspection.campaign", "ItemResult.item"],
    },
    "model-hazard": {
        "packages": ["hazard"],
        "rankdir": "TB",
    },
    "model-schedule-report": {
        "packages": ["schedule", "report", "enforcement"],
        "rankdir": "TB",
    },
}

# The overview: the main classes (name only), grouped by package, and their key references.
# Each edge is (class, feature path, target class); a path through a contained class
# ("citation.criterion") is drawn dashed to the class that holds the target. The script checks
# every path against the model, so a renamed feature breaks the build of the diagram, not its truth.
OVERVIEW_CLASSES = [
    "Record", "LegalRecord", "Edition", "Vocabulary", "Term",
    "Jurisdiction", "Agency",
    "Enterprise", "Mine",
    "Person",
    "ChecklistTemplate",
    "Campaign",
    "Inspection",
    "Hazard", "CriteriaEdition",
    "MonitorAssignment", "Visit", "InvestigationPlan",
    "Report",
    "EnforcementDocument",
]
OVERVIEW_EDGES = [
    ("Record", "owner", "Agency"),
    ("Vocabulary", "terms", "Term"),
    ("Agency", "covers", "Jurisdiction"),
    ("Mine", "enterprise", "Enterprise"),
    ("Mine", "province, county", "Jurisdiction"),
    ("Person", "agency", "Agency"),
    ("Person", "mine", "Mine"),
    ("Campaign", "requiredTemplates", "ChecklistTemplate"),
    ("Inspection", "mine", "Mine"),
    ("Inspection", "template", "ChecklistTemplate"),
    ("Inspection", "campaign", "Campaign"),
    ("Hazard", "mine", "Mine"),
    ("Hazard", "sourceInspection", "Inspection"),
    ("Hazard", "citation.criterion", "CriteriaEdition"),
    ("MonitorAssignment", "mine", "Mine"),
    ("Visit", "mine", "Mine"),
    ("Visit", "inspection", "Inspection"),
    ("InvestigationPlan", "campaign", "Campaign"),
    ("InvestigationPlan", "targets.mine", "Mine"),
    ("Report", "inspection", "Inspection"),
    ("Report", "campaign", "Campaign"),
    ("EnforcementDocument", "inspection", "Inspection"),
    ("EnforcementDocument", "decisions.hazards", "Hazard"),
]


class Feature:
    def __init__(self, name, kind, type_pkg, type_name, lower, upper, containment=False, opposite=None, is_id=False):
        self.name, self.kind = name, kind
        self.type_pkg, self.type_name = type_pkg, type_name
        self.lower, self.upper = lower, upper
        self.containment, self.opposite = containment, opposite
        self.is_id = is_id  # the EMF ID of its class (iD="true")


class Classifier:
    def __init__(self, pkg, name, kind):
        self.pkg, self.name, self.kind = pkg, name, kind  # kind: class, enum, datatype
        self.abstract = False
        self.supertypes = []  # (pkg, name)
        self.features = []
        self.operations = []  # (name, [(param, type)], return type)
        self.literals = []


def resolve(ref, here_pkg):
    """'ecore:EClass registry.ecore#//Mine' or '#//Mine' or '...Ecore#//EString' -> (pkg, name)."""
    ref = ref.split()[-1]
    file_part, _, name = ref.partition("#//")
    if not file_part:
        return here_pkg, name
    if file_part.endswith("Ecore"):
        return "ecore", name
    return os.path.basename(file_part).replace(".ecore", ""), name


def load_model(model_dir):
    classifiers = {}
    packages = {}
    for pkg_name in PACKAGE_ORDER:
        path = os.path.join(model_dir, pkg_name + ".ecore")
        root = ET.parse(path).getroot()
        pkg = root.get("name")
        packages[pkg] = {"nsURI": root.get("nsURI"), "classifiers": []}
        for c in root.findall("eClassifiers"):
            kind = {"ecore:EClass": "class", "ecore:EEnum": "enum"}.get(c.get(XSI_TYPE), "datatype")
            cl = Classifier(pkg, c.get("name"), kind)
            cl.abstract = c.get("abstract") == "true" or c.get("interface") == "true"
            for s in (c.get("eSuperTypes") or "").split():
                cl.supertypes.append(resolve(s, pkg))
            for lit in c.findall("eLiterals"):
                cl.literals.append(lit.get("name"))
            for f in c.findall("eStructuralFeatures"):
                tpkg, tname = resolve(f.get("eType"), pkg)
                upper = int(f.get("upperBound", "1"))
                opp = f.get("eOpposite")
                cl.features.append(Feature(
                    f.get("name"),
                    "reference" if f.get(XSI_TYPE) == "ecore:EReference" else "attribute",
                    tpkg, tname, int(f.get("lowerBound", "0")), upper,
                    f.get("containment") == "true",
                    opp.split("/")[-1] if opp else None,
                    f.get("iD") == "true"))
            for op in c.findall("eOperations"):
                params = [(p.get("name"), resolve(p.get("eType"), pkg)) for p in op.findall("eParameters")]
                ret = resolve(op.get("eType"), pkg) if op.get("eType") else ("ecore", "void")
                cl.operations.append((op.get("name"), params, ret))
            classifiers[(pkg, cl.name)] = cl
            packages[pkg]["classifiers"].append(cl)
    return packages, classifiers


def load_properties(path):
    """Java .properties with \\uXXXX escapes and line continuations -> dict."""
    props = {}
    if not os.path.exists(path):
        return props
    with open(path, encoding="latin-1") as f:
        text = f.read()
    text = re.sub(r"\\\r?\n[ \t]*", "", text)
    for line in text.splitlines():
        line = line.strip()
        if not line or line[0] in "#!":
            continue
        m = re.match(r"([^=:\s]+)\s*[=:\s]\s*(.*)", line)
        if m:
            value = re.sub(r"\\u([0-9a-fA-F]{4})", lambda u: chr(int(u.group(1), 16)), m.group(2))
            props[m.group(1)] = value.replace("\\ ", " ")
    return props


def mult(lower, upper):
    if upper == -1:
        return "[*]" if lower == 0 else "[%d..*]" % lower
    if lower == upper:
        return "[%d]" % lower
    return "[%d..%d]" % (lower, upper)


def short_type(tpkg, tname, here_pkgs):
    if tpkg == "ecore":
        return SHORT_TYPES.get(tname, tname)
    if tpkg in here_pkgs or (tpkg == "base" and tname in ("Instant", "LocalDate")):
        return tname
    return "%s.%s" % (tpkg, tname)


def esc(text):
    return html.escape(text, quote=True)


def node_id(pkg, name):
    return "%s_%s" % (pkg, name)


def class_label(cl, zh, inline):
    """An HTML-like table: header, attributes (and references shown inline), operations."""
    name = "<I>%s</I>" % esc(cl.name) if cl.abstract else "<B>%s</B>" % esc(cl.name)
    stereo = ""
    if cl.abstract:
        stereo = '<FONT POINT-SIZE="9">«abstract»</FONT><BR/>'
    zh_name = zh.get("_UI_%s_type" % cl.name)
    sub = '<BR/><FONT POINT-SIZE="10">%s</FONT>' % esc(zh_name) if zh_name else ""
    rows = ['<TR><TD BGCOLOR="%s">%s%s%s</TD></TR>' % (HEADER_COLOUR, stereo, name, sub)]
    lines = []
    for f in cl.features:
        if f.kind == "attribute":
            lines.append("%s : %s %s%s" % (f.name, short_type(f.type_pkg, f.type_name, (cl.pkg,)),
                                           mult(f.lower, f.upper), " {id}" if f.is_id else ""))
        elif (cl.name, f.name) in inline:
            # a reference drawn as a line: "→ mine : registry.Mine [1]"
            lines.append("%s %s : %s %s" % ("◆" if f.containment else "→", f.name,
                                            short_type(f.type_pkg, f.type_name, (cl.pkg,)), mult(f.lower, f.upper)))
    rows.append(_compartment(lines))
    if cl.operations:
        ops = []
        for name_, params, ret in cl.operations:
            ps = ", ".join("%s : %s" % (p, short_type(t[0], t[1], (cl.pkg,))) for p, t in params)
            ops.append("%s(%s) : %s" % (name_, ps, short_type(ret[0], ret[1], (cl.pkg,))))
        rows.append(_compartment(ops))
    return "<%s>" % _table(rows)


def _table(rows):
    return ('<TABLE BORDER="0" CELLBORDER="1" CELLSPACING="0" CELLPADDING="4" BGCOLOR="white">%s</TABLE>'
            % "".join(rows))


def _compartment(lines):
    if not lines:
        return '<TR><TD> </TD></TR>'
    body = "<BR ALIGN=\"LEFT\"/>".join(esc(l) for l in lines) + '<BR ALIGN="LEFT"/>'
    return '<TR><TD ALIGN="LEFT" BALIGN="LEFT">%s</TD></TR>' % body


def enum_label(en, zh):
    zh_name = zh.get("_UI_%s_type" % en.name)
    rows = ['<TR><TD BGCOLOR="%s"><FONT POINT-SIZE="9">«enumeration»</FONT><BR/><B>%s</B></TD></TR>'
            % (ENUM_HEADER_COLOUR, esc(en.name))]
    rows.append(_compartment(en.literals))
    return "<%s>" % _table(rows)


def graph_header(name, rankdir, extra=""):
    return [
        "// Generated by docs/model/ecore2dot.py from bundles/org.minewatch.model/model/*.ecore; do not edit.",
        "digraph %s {" % name.replace("-", "_"),
        '  graph [rankdir=%s, fontname="DejaVu Sans", fontsize=12, nodesep=0.35, ranksep=0.55, '
        'newrank=true, compound=true, pad=0.2%s];' % (rankdir, extra),
        '  node [shape=plain, fontname="DejaVu Sans", fontsize=11];',
        '  edge [fontname="DejaVu Sans", fontsize=10, color="#444444", arrowsize=0.8];',
    ]


def edge_for(src, f, opposite=None):
    """The Graphviz edge of a reference (and its opposite, if drawn together)."""
    label = "%s %s" % (f.name, mult(f.lower, f.upper))
    if opposite is not None:
        label += " / %s %s" % (opposite.name, mult(opposite.lower, opposite.upper))
    tgt = node_id(f.type_pkg, f.type_name)
    if f.containment:
        attrs = 'arrowtail=diamond, arrowhead=none, dir=both, label="%s"' % label
    elif opposite is not None:
        attrs = 'arrowtail=vee, arrowhead=vee, dir=both, label="%s"' % label
    else:
        attrs = 'arrowhead=vee, label="%s"' % label
    if src == tgt:
        attrs += ", headport=e, tailport=e"
    return "  %s -> %s [%s];" % (src, tgt, attrs)


def package_view(view_name, view, packages, classifiers, zh):
    """Full class records of the view's packages, one cluster each.

    A reference to a class of another package is an edge when both packages are in the view and
    the view lists the reference in "cross_edges" ("Class.feature"), else a line inside the class.
    A supertype from another package is a grey stub inside the subclass's cluster, so inheritance
    arrows stay short.
    """
    pkgs = view["packages"]
    cross = set(view.get("cross_edges", ()))
    out = graph_header(view_name, view["rankdir"], view.get("graph", ""))
    edges = []
    drawn = set()  # (pkg, class, feature) already drawn, with their opposites
    for pkg in pkgs:
        info = packages[pkg]
        inline = {(cl.name, f.name) for cl in info["classifiers"] for f in cl.features
                  if f.kind == "reference" and f.type_pkg != pkg and "%s.%s" % (cl.name, f.name) not in cross}
        out.append("  subgraph cluster_%s {" % pkg)
        out.append('    label=<<B>%s</B>  <FONT POINT-SIZE="10">%s</FONT>>; labeljust=l; style=filled; '
                   'fillcolor="%s"; color="#999999";' % (pkg, esc(info["nsURI"]), PACKAGE_COLOURS[pkg]))
        enums, stubs = [], []
        for cl in info["classifiers"]:
            nid = node_id(pkg, cl.name)
            if cl.kind == "class":
                out.append("    %s [label=%s];" % (nid, class_label(cl, zh, inline)))
            elif cl.kind == "enum":
                enums.append(cl)
            else:
                out.append('    %s [shape=box, style=rounded, label=<«datatype» <B>%s</B>>];' % (nid, esc(cl.name)))
        for cl in info["classifiers"]:
            for spkg, sname in cl.supertypes:
                if spkg != pkg and (spkg, sname) not in stubs:
                    stubs.append((spkg, sname))
        for spkg, sname in stubs:
            out.append('    %s [shape=box, style="filled,dashed", fillcolor="%s", fontsize=10, label=<<I>%s.%s</I>>];'
                       % (stub_id(pkg, spkg, sname), STUB_COLOUR, spkg, sname))
        if enums:
            out.append("    subgraph cluster_%s_enums {" % pkg)
            out.append('      label=""; style=dashed; color="#bbbbbb";')
            for en in enums:
                out.append("      %s [label=%s];" % (node_id(pkg, en.name), enum_label(en, zh)))
            cols = view.get("enum_columns", {}).get(pkg, len(enums))
            for i in range(len(enums) - cols):  # stack the enums in columns
                out.append("      %s -> %s [style=invis];" % (node_id(pkg, enums[i].name), node_id(pkg, enums[i + cols].name)))
            out.append("    }")
        out.append("  }")
        for cl in info["classifiers"]:
            if cl.kind != "class":
                continue
            src = node_id(pkg, cl.name)
            for spkg, sname in cl.supertypes:
                sup = node_id(spkg, sname) if spkg == pkg else stub_id(pkg, spkg, sname)
                edges.append('  %s -> %s [dir=back, arrowtail=empty, arrowsize=1.1, color="#333333"];' % (sup, src))
            for f in cl.features:
                if f.kind != "reference" or (cl.name, f.name) in inline:
                    continue
                key = (pkg, cl.name, f.name)
                if key in drawn:
                    continue
                opp = None
                if f.opposite:
                    target = classifiers[(f.type_pkg, f.type_name)]
                    opp = next(o for o in target.features if o.name == f.opposite)
                    if opp.containment and not f.containment:
                        continue  # drawn from the container's side
                    drawn.add((f.type_pkg, f.type_name, opp.name))
                edges.append(edge_for(src, f, opp))
                drawn.add(key)
    for c in cross:
        cname, fname = c.split(".")
        if not any(cl.name == cname and any(f.name == fname for f in cl.features)
                   for p in pkgs for cl in packages[p]["classifiers"]):
            raise SystemExit("%s: no feature %s in the view" % (view_name, c))
    out.extend(edges)
    for a, b in view.get("invisible", ()):
        out.append("  %s -> %s [style=invis];" % (a, b))
    out.append("}")
    return "\n".join(out) + "\n"


def stub_id(pkg, spkg, sname):
    return "stub_%s_%s_%s" % (pkg, spkg, sname)


def overview(packages, classifiers, zh):
    by_name = {cl.name: cl for cl in classifiers.values() if cl.kind == "class"}
    chosen = [by_name[n] for n in OVERVIEW_CLASSES]
    out = graph_header("model_overview", "TB", ", ranksep=0.7, nodesep=0.45")
    out.append('  node [shape=box, style="rounded,filled", fillcolor=white, fontsize=11];')
    for pkg in PACKAGE_ORDER:
        members = [c for c in chosen if c.pkg == pkg]
        if not members:
            continue
        out.append("  subgraph cluster_%s {" % pkg)
        out.append('    label=<<B>%s</B>>; labeljust=l; labelloc=b; style=filled; fillcolor="%s"; color="#999999";'
                   % (pkg, PACKAGE_COLOURS[pkg]))
        for c in members:
            zh_name = zh.get("_UI_%s_type" % c.name, "")
            name = "<I>%s</I>" % c.name if c.abstract else "<B>%s</B>" % c.name
            fill = ROOT_FILLS.get(_root_kind(c, classifiers), "white")
            out.append('    %s [fillcolor="%s", gradientangle=0, label=<%s<BR/><FONT POINT-SIZE="10">%s</FONT>>];'
                       % (node_id(c.pkg, c.name), fill, name, esc(zh_name)))
        out.append("  }")
    out.append('  legend [shape=plain, style="", label=<<TABLE BORDER="1" COLOR="#999999" CELLBORDER="1" '
               'CELLSPACING="3" CELLPADDING="4" BGCOLOR="white">'
               '<TR><TD BORDER="0" ALIGN="LEFT"><B>legend</B></TD></TR>'
               '<TR><TD BGCOLOR="#ffe0b3">LegalRecord: never deleted, voided or superseded</TD></TR>'
               '<TR><TD BGCOLOR="#d6ecff">Record: id, owner, revision</TD></TR>'
               '<TR><TD BGCOLOR="#dff5d8">Edition: edition, source, licence, validity</TD></TR>'
               '<TR><TD BGCOLOR="#d6ecff:#dff5d8" STYLE="radial">Record and Edition</TD></TR>'
               '<TR><TD BGCOLOR="white">contained in another object</TD></TR>'
               '<TR><TD ALIGN="LEFT">◆— contains    → references    ▷ extends<BR ALIGN="LEFT"/>'
               '- - → reference through a contained class<BR ALIGN="LEFT"/>'
               'references to Person and Term are left out here<BR ALIGN="LEFT"/></TD></TR></TABLE>>];')
    out.append('  %s -> %s [dir=back, arrowtail=empty, arrowsize=1.1, color="#333333"];'
               % (node_id("base", "Record"), node_id("base", "LegalRecord")))
    for src_name, path, tgt_name in OVERVIEW_EDGES:
        src, tgt = by_name[src_name], by_name[tgt_name]
        contained = False
        for p in (q.strip() for q in path.split(",")):
            contained = _check_path(src, p, tgt, classifiers) or contained
        if contained:
            attrs = 'arrowtail=diamond, arrowhead=none, dir=both'
        elif "." in path:
            attrs = 'arrowhead=vee, style=dashed'
        else:
            attrs = 'arrowhead=vee'
        out.append('  %s -> %s [%s, label="%s"];' % (node_id(src.pkg, src.name), node_id(tgt.pkg, tgt.name), attrs, path))
    out.append("}")
    return "\n".join(out) + "\n"


def _check_path(cl, path, target, classifiers):
    """Follows a feature path; fails unless it ends at target (or the container of target).
    Returns True when the path is a single containment."""
    steps = path.split(".")
    f = None
    for step in steps:
        f = next((x for x in cl.features if x.name == step), None)
        if f is None:
            raise SystemExit("overview: %s has no feature %s" % (cl.name, step))
        cl = classifiers[(f.type_pkg, f.type_name)]
    if cl is not target and not any(g.containment and g.type_name == cl.name for g in _all_contained(target, classifiers)):
        raise SystemExit("overview: %s does not lead to %s" % (path, target.name))
    return len(steps) == 1 and f.containment


def _all_contained(cl, classifiers):
    result, todo = [], [cl]
    while todo:
        c = todo.pop()
        for f in c.features:
            if f.containment and f.type_pkg != "ecore":
                result.append(f)
                todo.append(classifiers[(f.type_pkg, f.type_name)])
    return result


def _root_kind(c, classifiers):
    """'LegalRecord', 'Record' or 'Edition' (the first found, LegalRecord first) or ''."""
    names = set()

    def walk(cl):
        for spkg, sname in cl.supertypes:
            names.add(sname)
            walk(classifiers[(spkg, sname)])
    walk(c)
    if c.name in ("Record", "LegalRecord", "Edition"):
        return c.name
    if "Record" in names and "Edition" in names and "LegalRecord" not in names:
        return "Record+Edition"
    for k in ("LegalRecord", "Record", "Edition"):
        if k in names:
            return k
    return ""


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--model", default=MODEL_DIR, help="folder of the .ecore files")
    ap.add_argument("--out", default=HERE, help="folder for the .dot files")
    ap.add_argument("--render", action="store_true", help="also render PNGs with dot -Tpng -Gdpi=110")
    ap.add_argument("--images", default=IMAGES_DIR, help="folder for the PNGs")
    args = ap.parse_args()

    packages, classifiers = load_model(args.model)
    zh = load_properties(ZH_LABELS)
    outputs = {"model-overview": overview(packages, classifiers, zh)}
    for name, view in VIEWS.items():
        outputs[name] = package_view(name, view, packages, classifiers, zh)
    for name, text in outputs.items():
        dot_path = os.path.join(args.out, name + ".dot")
        with open(dot_path, "w", encoding="utf-8") as f:
            f.write(text)
        print("wrote", os.path.relpath(dot_path, ROOT))
        if args.render:
            png = os.path.join(args.images, name + ".png")
            subprocess.run(["dot", "-Tpng", "-Gdpi=110", dot_path, "-o", png], check=True)
            print("wrote", os.path.relpath(png, ROOT))


if __name__ == "__main__":
    sys.exit(main())
