package io.kmipserver.codec.spec.generator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Writes the generated part of package {@code io.kmipserver.codec.spec} from the KMIP spec tables
 * committed in {@code codec/src/spec} (a copy of {@code shared/kmip-spec}): {@code Tag},
 * {@code TagTable}, {@code AttributeNameTable}, {@code KmipEnums} and one Java enum per
 * enumeration or bit-mask table.
 *
 * <p>Run it from the repository root after changing a table:
 *
 * <pre>
 * java codec/src/test/java/io/kmipserver/codec/spec/generator/SpecGenerator.java
 * </pre>
 *
 * <p>It is one JDK-only source file so that the JDK's source launcher runs it without a build; it
 * lives in the test tree so that it never reaches the jar, and so that {@code SpecDriftTest} can
 * run it in memory and fail when the committed sources differ from what the tables produce.
 * Optional arguments: the spec directory and the output source root (defaults
 * {@code codec/src/spec} and {@code codec/src/main/java}).
 *
 * <p>The generator refuses tables it does not understand (unknown column, version, item type,
 * duplicate value, a count that disagrees with INDEX.csv) instead of guessing.
 */
public final class SpecGenerator {

    /** The package the generated sources belong to. */
    public static final String PACKAGE = "io.kmipserver.codec.spec";
    /** Text every generated file carries in its first line; marks files the generator owns. */
    public static final String MARKER = "by io.kmipserver.codec.spec.generator.SpecGenerator";
    /** The command that regenerates the sources, run from the repository root. */
    public static final String REGENERATE =
            "java codec/src/test/java/io/kmipserver/codec/spec/generator/SpecGenerator.java";

    private static final List<String> VERSIONS = List.of("1.0", "1.1", "1.2", "1.3", "1.4", "2.0", "2.1");

    private static final Map<String, String> ITEM_TYPES = Map.ofEntries(
            Map.entry("Structure", "STRUCTURE"),
            Map.entry("Integer", "INTEGER"),
            Map.entry("Long Integer", "LONG_INTEGER"),
            Map.entry("Big Integer", "BIG_INTEGER"),
            Map.entry("Enumeration", "ENUMERATION"),
            Map.entry("Boolean", "BOOLEAN"),
            Map.entry("Text String", "TEXT_STRING"),
            Map.entry("Byte String", "BYTE_STRING"),
            Map.entry("Date-Time", "DATE_TIME"),
            Map.entry("Interval", "INTERVAL"),
            Map.entry("Date-Time Extended", "DATE_TIME_EXTENDED"));
    private static final String VARIES = "Varies";

    /**
     * Types a tag may take beyond its item_type column, where the spec's encoding-description
     * tables list alternatives that tags.csv records only in prose or not at all.
     */
    private static final Map<Integer, List<String>> EXTRA_TYPES = Map.of(
            0x420094, List.of("Enumeration", "Integer"),
            0x42004C, List.of("Enumeration", "Integer"),
            0x4200C2, List.of("Enumeration", "Integer"));
    private static final Map<Integer, String> EXTRA_TYPES_SOURCE = Map.of(
            0x420094, "KMIP 2.1 \u00a74.58 Table 145: Text String, Enumeration (Unique Identifier"
                    + " Enumeration) or Integer (n-th identifier of the batch)",
            0x42004C, "KMIP 2.1 \u00a74.31 Table 90: Text String, Enumeration (Unique Identifier"
                    + " Enumeration) or Integer",
            0x4200C2, "KMIP 2.1 \u00a77.9 Tables 360-361: Byte String, Enumeration (Data"
                    + " Enumeration) or Integer");

    /** Class names that differ from the PascalCase of the file name, and why. */
    private static final Map<String, String> CLASS_NAME_OVERRIDES = Map.of(
            "unique-identifier", "UniqueIdentifierEnum", // Tag.UNIQUE_IDENTIFIER is the tag
            "item-type", "ItemTypeEnum"); // io.kmipserver.codec.ttlv.ItemType is the wire type

    /** Tags whose Enumeration form carries another table than the one of the same name. */
    private static final Map<Integer, String> EXTRA_ENUM_TAGS = Map.of(
            0x42004C, "unique-identifier"); // Linked Object Identifier: KMIP 2.1 \u00a74.31 Table 90

    /** Hand-written or generated types of the package an enumeration must not shadow. */
    private static final Set<String> TAKEN_CLASS_NAMES = Set.of(
            "Tag", "TagTable", "TagRegistry", "TagDefinition", "AttributeNames", "AttributeNameTable",
            "AttributeDefinition", "KmipVersion", "KmipEnum", "KmipMaskBit", "KmipEnums", "SpecSupport");

    /** Static members the generated enums declare; no constant may take these names. */
    private static final Set<String> ENUM_MEMBER_NAMES = Set.of("TAG", "BY_XML_NAME", "VALUES", "ALL_BITS");

    /** The certificate-field tags the 1.4 test cases use as Attribute Names (README, Gaps). */
    private static final int CERTIFICATE_FIELDS_FIRST = 0x420108;
    private static final int CERTIFICATE_FIELDS_LAST = 0x42011F;

    private static final Pattern RENAME_CLAUSE = Pattern.compile("^named (.*?)(?: / |$)");
    private static final Pattern RENAME_ITEM = Pattern.compile("\"([^\"]+)\" in ([0-9]\\.[0-9](?:-[0-9]\\.[0-9])?)");
    private static final Pattern XML_ALIAS = Pattern.compile("(?:spell it|write this bit as) \"([A-Za-z0-9_]+)\"");

    private SpecGenerator() {
    }

    /** Generates into the source tree; see the class documentation for the arguments. */
    public static void main(String[] args) throws IOException {
        Path spec;
        Path sourceRoot;
        if (args.length >= 1) {
            spec = Path.of(args[0]);
            sourceRoot = args.length >= 2 ? Path.of(args[1]) : spec.resolveSibling("main").resolve("java");
        } else if (Files.isRegularFile(Path.of("codec/src/spec/tags.csv"))) {
            spec = Path.of("codec/src/spec");
            sourceRoot = Path.of("codec/src/main/java");
        } else if (Files.isRegularFile(Path.of("src/spec/tags.csv"))) {
            spec = Path.of("src/spec");
            sourceRoot = Path.of("src/main/java");
        } else {
            throw new IllegalStateException("run from the repository root or codec/, or pass the spec dir");
        }
        Path out = sourceRoot.resolve(PACKAGE.replace('.', '/'));
        Files.createDirectories(out);
        SortedMap<String, String> files = generate(spec);
        int written = 0;
        for (Map.Entry<String, String> f : files.entrySet()) {
            Path target = out.resolve(f.getKey());
            if (!Files.exists(target) || !Files.readString(target, StandardCharsets.UTF_8).equals(f.getValue())) {
                Files.writeString(target, f.getValue(), StandardCharsets.UTF_8);
                written++;
            }
        }
        int deleted = 0;
        for (Path stale : staleGeneratedFiles(out, files.keySet())) {
            Files.delete(stale);
            deleted++;
        }
        System.out.printf("%d generated files in %s: %d written, %d unchanged, %d stale deleted%n",
                files.size(), out, written, files.size() - written, deleted);
    }

    /**
     * Files in {@code packageDir} that carry the generator's marker but are not in
     * {@code generatedNames}: left over from a table that no longer exists.
     */
    public static List<Path> staleGeneratedFiles(Path packageDir, Set<String> generatedNames) throws IOException {
        List<Path> stale = new ArrayList<>();
        try (Stream<Path> list = Files.list(packageDir)) {
            for (Path p : (Iterable<Path>) list.sorted()::iterator) {
                String name = p.getFileName().toString();
                if (name.endsWith(".java") && !generatedNames.contains(name)) {
                    String text = Files.readString(p, StandardCharsets.UTF_8);
                    int eol = text.indexOf('\n');
                    if ((eol < 0 ? text : text.substring(0, eol)).contains(MARKER)) {
                        stale.add(p);
                    }
                }
            }
        }
        return stale;
    }

    /** Generates every file in memory: file name (e.g. {@code "Tag.java"}) to source text. */
    public static SortedMap<String, String> generate(Path specDir) throws IOException {
        List<TagRow> tags = readTags(specDir.resolve("tags.csv"));
        List<EnumTable> enums = readEnums(specDir.resolve("enums"), tags);
        List<Map<String, String>> attributes =
                readCsv(specDir.resolve("enums/attribute-name-1x.csv"), List.of("attribute_name", "tag",
                        "item_type", "first_1x_version", "last_1x_version", "versions_1x", "versions_2x",
                        "spec_sections", "notes"));
        SortedMap<String, String> files = new TreeMap<>();
        files.put("Tag.java", tagClass(tags));
        files.put("TagTable.java", tagTable(tags));
        files.put("AttributeNameTable.java", attributeTable(attributes, tags));
        files.put("KmipEnums.java", enumIndex(enums, tags));
        for (EnumTable e : enums) {
            files.put(e.className + ".java", enumClass(e));
        }
        return files;
    }

    // ---------------------------------------------------------------------------------- tags

    private record TagRow(int tag, String name, String constant, List<String> types, String first,
            String last, String notes, String typeSource, String xmlName) {
    }

    private static List<TagRow> readTags(Path file) throws IOException {
        List<Map<String, String>> rows = readCsv(file, List.of("tag", "name", "item_type", "first_version",
                "last_version", "notes", "type_source", "xml_json_name"));
        List<TagRow> tags = new ArrayList<>();
        Map<String, String> constants = new HashMap<>();
        Set<Integer> numbers = new HashSet<>();
        for (Map<String, String> r : rows) {
            int tag = parseHex(r.get("tag"), 6, file);
            if (tag >>> 16 != 0x42 || !numbers.add(tag)) {
                throw new IllegalStateException(file + ": tag outside 0x42XXXX or repeated: " + r.get("tag"));
            }
            String first = version(r.get("first_version"), false, file);
            String last = version(r.get("last_version"), true, file);
            List<String> types = new ArrayList<>();
            for (String t : r.get("item_type").split("\\|")) {
                if (!t.equals(VARIES) && !ITEM_TYPES.containsKey(t)) {
                    throw new IllegalStateException(file + ": unknown item type " + t + " of " + r.get("name"));
                }
                types.add(t);
            }
            if (types.contains(VARIES) && types.size() > 1) {
                throw new IllegalStateException(file + ": Varies combined with a type: " + r.get("name"));
            }
            String constant = uniqueConstant(constantName(r.get("name")), String.format("%06X", tag), constants);
            tags.add(new TagRow(tag, r.get("name"), constant, types, first, last, r.get("notes"),
                    r.get("type_source"), r.get("xml_json_name")));
        }
        for (int tag : EXTRA_TYPES.keySet()) {
            if (tags.stream().noneMatch(t -> t.tag == tag)) {
                throw new IllegalStateException("extra types given for a tag tags.csv lacks: " + hex6(tag));
            }
        }
        return tags;
    }

    private static String tagClass(List<TagRow> tags) {
        StringBuilder b = header("tags.csv");
        b.append("package ").append(PACKAGE).append(";\n\n");
        b.append("/**\n");
        b.append(" * The tag numbers KMIP 1.0\u20132.1 define (KMIP 1.4 \u00a79.1.3.1, 2.0 \u00a711.54, 2.1 \u00a711.56), one\n");
        b.append(" * constant per row of {@code codec/src/spec/tags.csv}. Type, versions and XML name of each tag:\n");
        b.append(" * {@link TagRegistry}.\n");
        b.append(" *\n");
        b.append(" * <p>Constant names follow the naming rule of the package documentation, e.g.\n");
        b.append(" * Template-Attribute \u2192 {@code TEMPLATE_ATTRIBUTE}, X.509 Certificate Identifier \u2192\n");
        b.append(" * {@code X_509_CERTIFICATE_IDENTIFIER}, PKCS#12 Friendly Name \u2192 {@code PKCS_12_FRIENDLY_NAME}.\n");
        appendRenamedNote(b, tags.stream().filter(t -> !t.constant.equals(constantName(t.name)))
                .map(t -> t.name + " \u2192 " + t.constant).toList());
        b.append(" */\n");
        b.append("public final class Tag {\n\n");
        for (TagRow t : tags) {
            b.append("    /** ").append(javadoc(t.name)).append(", ").append(javadoc(String.join(" or ", t.types)))
                    .append(", KMIP ").append(range(t.first, t.last)).append('.');
            if (!t.notes.isEmpty()) {
                b.append(' ').append(sentence(javadoc(t.notes)));
            }
            b.append(" */\n");
            b.append("    public static final int ").append(t.constant).append(" = ").append(hex6(t.tag)).append(";\n");
        }
        b.append("\n    private Tag() {\n    }\n}\n");
        return b.toString();
    }

    private static String tagTable(List<TagRow> tags) {
        StringBuilder b = header("tags.csv");
        b.append("package ").append(PACKAGE).append(";\n\n");
        b.append("import static io.kmipserver.codec.spec.KmipVersion.*;\n\n");
        b.append("import io.kmipserver.codec.ttlv.ItemType;\n");
        b.append("import java.util.EnumSet;\n\n");
        b.append("/**\n");
        b.append(" * The rows of {@code codec/src/spec/tags.csv}, indexed by {@link TagRegistry}. Where a tag's type\n");
        b.append(" * was not taken from a spec encoding table, the comment above its row says where it came from.\n");
        b.append(" */\n");
        b.append("final class TagTable {\n\n");
        b.append("    private TagTable() {\n    }\n\n");
        b.append("    static TagDefinition[] definitions() {\n");
        b.append("        return new TagDefinition[] {\n");
        for (TagRow t : tags) {
            boolean fromTable = t.typeSource.startsWith("spec 1.4 encoding table")
                    || t.typeSource.startsWith("spec 2.1 encoding table")
                    || t.typeSource.startsWith("OASIS XML test cases (type attribute)");
            if (!fromTable) {
                b.append("            // ").append(comment(t.typeSource)).append('\n');
            }
            if (EXTRA_TYPES.containsKey(t.tag)) {
                b.append("            // ").append(comment(EXTRA_TYPES_SOURCE.get(t.tag))).append('\n');
            }
            b.append("            ");
            if (t.types.contains(VARIES)) {
                b.append("varies(");
            } else {
                b.append("row(");
            }
            b.append("Tag.").append(t.constant).append(", ").append(literal(t.name)).append(", ")
                    .append(literal(t.xmlName)).append(", ").append(versionConstant(t.first)).append(", ")
                    .append(t.last.isEmpty() ? "null" : versionConstant(t.last));
            if (!t.types.contains(VARIES)) {
                List<String> all = new ArrayList<>(t.types);
                for (String extra : EXTRA_TYPES.getOrDefault(t.tag, List.of())) {
                    if (!all.contains(extra)) {
                        all.add(extra);
                    }
                }
                for (String type : all) {
                    b.append(", ItemType.").append(ITEM_TYPES.get(type));
                }
            }
            b.append("),\n");
        }
        b.append("        };\n    }\n\n");
        b.append("    private static TagDefinition row(int tag, String name, String xmlName, KmipVersion first,\n");
        b.append("            KmipVersion last, ItemType type, ItemType... alsoAllowed) {\n");
        b.append("        return new TagDefinition(tag, name, type, first, last, xmlName, EnumSet.of(type, alsoAllowed));\n");
        b.append("    }\n\n");
        b.append("    private static TagDefinition varies(int tag, String name, String xmlName, KmipVersion first,\n");
        b.append("            KmipVersion last) {\n");
        b.append("        return new TagDefinition(tag, name, null, first, last, xmlName, EnumSet.allOf(ItemType.class));\n");
        b.append("    }\n}\n");
        return b.toString();
    }

    // ---------------------------------------------------------------------------- attributes

    private static String attributeTable(List<Map<String, String>> rows, List<TagRow> tags) {
        Map<Integer, TagRow> byTag = new HashMap<>();
        for (TagRow t : tags) {
            byTag.put(t.tag, t);
        }
        String certificateSections = null;
        StringBuilder b = header("enums/attribute-name-1x.csv and tags.csv");
        b.append("package ").append(PACKAGE).append(";\n\n");
        b.append("import io.kmipserver.codec.ttlv.ItemType;\n\n");
        b.append("/**\n");
        b.append(" * The rows of {@code codec/src/spec/enums/attribute-name-1x.csv}, then the certificate-field tags\n");
        b.append(" * 0x420108\u20130x42011F of {@code tags.csv} that the 1.4 test cases use as 1.x Attribute Names;\n");
        b.append(" * indexed by {@link AttributeNames}.\n");
        b.append(" */\n");
        b.append("final class AttributeNameTable {\n\n");
        b.append("    private AttributeNameTable() {\n    }\n\n");
        b.append("    static AttributeDefinition[] definitions() {\n");
        b.append("        return new AttributeDefinition[] {\n");
        Path file = Path.of("attribute-name-1x.csv");
        for (Map<String, String> r : rows) {
            String name = r.get("attribute_name");
            String versions1x = versionList(r.get("versions_1x"), file);
            String versions2x = versionList(r.get("versions_2x"), file);
            if (!firstLast(versions1x).equals(List.of(r.get("first_1x_version"), r.get("last_1x_version")))) {
                throw new IllegalStateException(file + ": 1.x first/last disagree with versions_1x for " + name);
            }
            if (name.equals("Certificate Attributes")) {
                certificateSections = r.get("spec_sections");
            }
            String tagExpr;
            String typeExpr;
            if (r.get("tag").isEmpty()) {
                if (!r.get("item_type").isEmpty()) {
                    throw new IllegalStateException(file + ": item type without tag for " + name);
                }
                tagExpr = "AttributeDefinition.NO_TAG";
                typeExpr = "null";
            } else {
                TagRow t = byTag.get(parseHex(r.get("tag"), 6, file));
                if (t == null || !t.types.equals(List.of(r.get("item_type")))) {
                    throw new IllegalStateException(file + ": tag or type of " + name + " disagrees with tags.csv");
                }
                tagExpr = "Tag." + t.constant;
                typeExpr = r.get("item_type").equals(VARIES) ? "null" : "ItemType." + ITEM_TYPES.get(r.get("item_type"));
            }
            attributeRow(b, name, tagExpr, typeExpr, versions1x, versions2x, r.get("spec_sections"), r.get("notes"), false);
        }
        if (certificateSections == null) {
            throw new IllegalStateException(file + ": no Certificate Attributes row");
        }
        int count = 0;
        for (TagRow t : tags) {
            if (t.tag >= CERTIFICATE_FIELDS_FIRST && t.tag <= CERTIFICATE_FIELDS_LAST) {
                if (!t.first.equals("1.4") || !t.last.isEmpty() || !t.types.equals(List.of("Text String"))) {
                    throw new IllegalStateException("certificate field " + t.name + " is no longer a 1.4+ Text String");
                }
                attributeRow(b, t.name, "Tag." + t.constant, "ItemType.TEXT_STRING", "1.4", "2.0 2.1",
                        certificateSections, "1.x: not in 1.4 \u00a73; the 1.4 test cases TC-CERTATTR-1-14 and"
                                + " TC-ECC-3-14 use it as an Attribute Name. 2.x: one of the Certificate Attributes",
                        true);
                count++;
            }
        }
        if (count != CERTIFICATE_FIELDS_LAST - CERTIFICATE_FIELDS_FIRST + 1) {
            throw new IllegalStateException("expected 24 certificate-field tags, found " + count);
        }
        b.append("        };\n    }\n}\n");
        return b.toString();
    }

    private static void attributeRow(StringBuilder b, String name, String tagExpr, String typeExpr,
            String versions1x, String versions2x, String sections, String notes, boolean fromTestCases) {
        b.append("            new AttributeDefinition(").append(literal(name)).append(", ").append(tagExpr)
                .append(", ").append(typeExpr).append(",\n");
        b.append("                    SpecSupport.versionSet(").append(literal(versions1x))
                .append("), SpecSupport.versionSet(").append(literal(versions2x)).append("),\n");
        b.append("                    ").append(literal(sections)).append(",\n");
        b.append("                    ").append(literal(notes)).append(", ").append(fromTestCases).append("),\n");
    }

    // --------------------------------------------------------------------------- enumerations

    private record EnumRow(String name, int value, String constant, String first, String last,
            String versions, String notes, String xmlName, List<String[]> renames, List<String> xmlAliases) {
    }

    private record EnumTable(String file, String title, String className, boolean mask, String versions,
            String sections, String nonNumeric, Integer tag, String tagConstant, List<EnumRow> rows) {
    }

    private static List<EnumTable> readEnums(Path dir, List<TagRow> tags) throws IOException {
        List<Map<String, String>> index = readCsv(dir.resolve("INDEX.csv"), List.of("enumeration", "file", "kind",
                "versions", "value_count", "spec_sections", "non_numeric_rows_in_spec"));
        Set<String> listed = new HashSet<>();
        List<EnumTable> tables = new ArrayList<>();
        Set<String> classNames = new HashSet<>();
        for (Map<String, String> ix : index) {
            String fileName = ix.get("file");
            if (!fileName.startsWith("enums/") || !fileName.endsWith(".csv")) {
                throw new IllegalStateException("INDEX.csv: unexpected file " + fileName);
            }
            String base = fileName.substring("enums/".length(), fileName.length() - ".csv".length());
            listed.add(base + ".csv");
            boolean mask = switch (ix.get("kind")) {
                case "enumeration" -> false;
                case "mask" -> true;
                default -> throw new IllegalStateException("INDEX.csv: unknown kind " + ix.get("kind"));
            };
            String className = CLASS_NAME_OVERRIDES.getOrDefault(base, pascalCase(base));
            if (TAKEN_CLASS_NAMES.contains(className) || !classNames.add(className)) {
                throw new IllegalStateException("class name " + className + " of " + fileName + " is taken");
            }
            Path file = dir.resolve(base + ".csv");
            List<EnumRow> rows = readEnumRows(file, mask);
            if (rows.size() != Integer.parseInt(ix.get("value_count"))) {
                throw new IllegalStateException(file + ": " + rows.size() + " rows, INDEX.csv says " + ix.get("value_count"));
            }
            TagRow tag = null;
            for (TagRow t : tags) {
                if (t.name.equals(ix.get("enumeration"))) {
                    tag = t;
                }
            }
            tables.add(new EnumTable(base, ix.get("enumeration"), className, mask, versionList(ix.get("versions"), file),
                    ix.get("spec_sections"), ix.get("non_numeric_rows_in_spec"), tag == null ? null : tag.tag,
                    tag == null ? null : tag.constant, rows));
        }
        try (Stream<Path> list = Files.list(dir)) {
            for (Path p : (Iterable<Path>) list.sorted()::iterator) {
                String n = p.getFileName().toString();
                if (n.endsWith(".csv") && !n.equals("INDEX.csv") && !n.equals("attribute-name-1x.csv") && !listed.contains(n)) {
                    throw new IllegalStateException(p + " is not listed in INDEX.csv");
                }
            }
        }
        return tables;
    }

    private static List<EnumRow> readEnumRows(Path file, boolean mask) throws IOException {
        List<Map<String, String>> raw = readCsv(file, List.of("name", "value", "first_version", "last_version",
                "versions", "notes", "xml_json_name"));
        List<EnumRow> rows = new ArrayList<>();
        Map<String, String> constants = new HashMap<>();
        Set<Integer> values = new HashSet<>();
        Set<String> xmlNames = new HashSet<>();
        for (Map<String, String> r : raw) {
            int value = parseHex(r.get("value"), 8, file);
            if (!values.add(value)) {
                throw new IllegalStateException(file + ": value repeated: " + r.get("value"));
            }
            if (mask && Integer.bitCount(value) != 1) {
                throw new IllegalStateException(file + ": mask value is not one bit: " + r.get("value"));
            }
            if (!xmlNames.add(r.get("xml_json_name"))) {
                throw new IllegalStateException(file + ": XML name repeated: " + r.get("xml_json_name"));
            }
            String first = version(r.get("first_version"), false, file);
            String last = version(r.get("last_version"), true, file);
            String versions = versionList(r.get("versions"), file);
            if (!firstLast(versions).equals(List.of(first, last))) {
                throw new IllegalStateException(file + ": first/last disagree with versions for " + r.get("name"));
            }
            String constant = uniqueConstant(constantName(r.get("name")), String.format("%08X", value), constants);
            if (ENUM_MEMBER_NAMES.contains(constant)) {
                throw new IllegalStateException(file + ": constant " + constant + " clashes with a generated member");
            }
            rows.add(new EnumRow(r.get("name"), value, constant, first, last, versions, r.get("notes"),
                    r.get("xml_json_name"), renames(r.get("name"), r.get("notes"), file), xmlAliases(r.get("notes"))));
        }
        return rows;
    }

    /**
     * The (range, name) pairs of a "named "A" in 1.0-1.4; "B" in 2.0-2.1" note, without the
     * current name and without names the note calls a typo.
     */
    private static List<String[]> renames(String current, String notes, Path file) {
        Matcher clause = RENAME_CLAUSE.matcher(notes);
        if (!clause.find()) {
            return List.of();
        }
        List<String[]> renames = new ArrayList<>();
        boolean currentSeen = false;
        Matcher item = RENAME_ITEM.matcher(clause.group(1));
        while (item.find()) {
            String name = item.group(1);
            String range = item.group(2);
            for (String v : range.split("-")) {
                version(v, false, file);
            }
            if (name.equals(current)) {
                currentSeen = true;
            } else if (!notes.contains("\"" + name + "\" (typo)")) {
                renames.add(new String[] {range, name});
            }
        }
        if (!currentSeen) {
            throw new IllegalStateException(file + ": rename note of " + current + " never names it");
        }
        return renames;
    }

    private static List<String> xmlAliases(String notes) {
        List<String> aliases = new ArrayList<>();
        Matcher m = XML_ALIAS.matcher(notes);
        while (m.find()) {
            aliases.add(m.group(1));
        }
        return aliases;
    }

    private static String enumClass(EnumTable e) {
        String type = e.className;
        String iface = e.mask ? "KmipMaskBit" : "KmipEnum";
        StringBuilder b = header("enums/" + e.file + ".csv");
        b.append("package ").append(PACKAGE).append(";\n\n");
        if (e.mask) {
            b.append("import java.util.Collection;\n");
            b.append("import java.util.EnumSet;\n");
        }
        b.append("import java.util.Map;\n\n");
        b.append("/**\n");
        b.append(" * ").append(javadoc(e.title)).append(e.mask ? " bit mask" : " enumeration").append(" (KMIP ")
                .append(javadoc(e.sections)).append(").\n");
        if (e.tag != null) {
            b.append(" * Carried by the tag ").append(javadoc(e.title)).append(" ({@link Tag#").append(e.tagConstant)
                    .append("}");
            b.append(e.mask ? ", an Integer whose set bits are these values" : "").append(").\n");
        }
        List<String> reserved = new ArrayList<>(List.of(e.nonNumeric.split(" ")));
        reserved.removeIf(String::isEmpty);
        if (reserved.remove("8XXXXXXX")) {
            b.append(" *\n * <p>Values 8XXXXXXX are vendor extensions; {@link #fromValue(int)} returns {@code null} for them.\n");
        }
        if (!reserved.isEmpty()) {
            b.append(" *\n * <p>The spec table also has the non-numeric rows ").append(javadoc(String.join(", ", reserved)))
                    .append(e.mask ? " (extension bits); {@link #unknownBits(int)} finds bits outside the named ones" : "")
                    .append(".\n");
        }
        if (e.rows.isEmpty()) {
            b.append(" *\n * <p>The spec defines no value, only the extension range.\n");
        }
        b.append(" *\n * <p>Constant names: see the package documentation.");
        appendRenamedNoteInline(b, e.rows.stream().filter(r -> !r.constant.equals(constantName(r.name)))
                .map(r -> r.name + " \u2192 " + r.constant).toList());
        b.append("\n */\n");
        b.append("public enum ").append(type).append(" implements ").append(iface).append(" {\n");
        for (EnumRow r : e.rows) {
            b.append("    /** ").append(javadoc(r.name)).append(", ").append(hex8(r.value)).append(", KMIP ")
                    .append(range(r.first, r.last)).append('.');
            for (String[] rename : r.renames) {
                b.append(" Printed as \"").append(javadoc(rename[1])).append("\" in ").append(rename[0]).append('.');
            }
            if (!r.notes.isEmpty() && r.renames.isEmpty()) {
                b.append(' ').append(sentence(javadoc(r.notes)));
            }
            b.append(" */\n");
            b.append("    ").append(r.constant).append('(').append(hex8(r.value)).append(", ").append(literal(r.name))
                    .append(", ").append(literal(r.xmlName)).append(", ").append(literal(r.versions));
            for (String[] rename : r.renames) {
                b.append(", ").append(literal(rename[0])).append(", ").append(literal(rename[1]));
            }
            b.append("),\n");
        }
        if (e.rows.isEmpty()) {
            b.append("    ;\n\n");
        } else {
            b.setLength(b.length() - 2);
            b.append(";\n\n");
        }
        if (e.tag != null) {
            b.append("    /** The tag that carries this ").append(e.mask ? "mask" : "enumeration").append(". */\n");
            b.append("    public static final int TAG = Tag.").append(e.tagConstant).append(";\n\n");
        }
        b.append("    private static final ").append(type).append("[] VALUES = values();\n");
        b.append("    private static final Map<String, ").append(type).append("> BY_XML_NAME = SpecSupport.byXmlName(VALUES, ");
        List<String> aliasEntries = new ArrayList<>();
        for (EnumRow r : e.rows) {
            for (String alias : r.xmlAliases) {
                aliasEntries.add(literal(alias) + ", " + r.constant);
            }
        }
        b.append(aliasEntries.isEmpty() ? "Map.of()" : "Map.of(" + String.join(", ", aliasEntries) + ")").append(");\n");
        if (e.mask) {
            b.append("    private static final int ALL_BITS = SpecSupport.allBits(VALUES);\n");
        }
        b.append("\n");
        b.append("    private final int value;\n");
        b.append("    private final String specName;\n");
        b.append("    private final String xmlName;\n");
        b.append("    private final int versions;\n");
        b.append("    private final KmipVersion firstVersion;\n");
        b.append("    private final KmipVersion lastVersion;\n");
        b.append("    private final String[] namesByVersion;\n\n");
        b.append("    ").append(type).append("(int value, String specName, String xmlName, String versions, String... renames) {\n");
        b.append("        this.value = value;\n");
        b.append("        this.specName = specName;\n");
        b.append("        this.xmlName = xmlName;\n");
        b.append("        this.versions = SpecSupport.versionBits(versions);\n");
        b.append("        this.firstVersion = SpecSupport.first(this.versions);\n");
        b.append("        this.lastVersion = SpecSupport.last(this.versions);\n");
        b.append("        this.namesByVersion = SpecSupport.namesByVersion(specName, renames);\n");
        b.append("    }\n\n");
        method(b, "int value()", "value");
        if (e.mask) {
            method(b, "int bit()", "value");
        }
        method(b, "String specName()", "specName");
        method(b, "String specName(KmipVersion version)", "SpecSupport.nameIn(namesByVersion, version, specName)");
        method(b, "String xmlName()", "xmlName");
        method(b, "KmipVersion firstVersion()", "firstVersion");
        method(b, "KmipVersion lastVersion()", "lastVersion");
        method(b, "boolean knownIn(KmipVersion version)", "(versions & version.bit()) != 0");
        b.append("    /** The value with this number, or {@code null} when no version defines it. Does not allocate. */\n");
        b.append("    public static ").append(type).append(" fromValue(int value) {\n");
        if (e.rows.isEmpty()) {
            b.append("        return null;\n");
        } else {
            b.append("        return switch (value) {\n");
            for (EnumRow r : e.rows) {
                b.append("            case ").append(hex8(r.value)).append(" -> ").append(r.constant).append(";\n");
            }
            b.append("            default -> null;\n");
            b.append("        };\n");
        }
        b.append("    }\n\n");
        b.append("    /**\n");
        b.append("     * The value with this XML/JSON name");
        if (!e.rows.isEmpty()) {
            b.append(" (e.g. {@code \"").append(javadoc(e.rows.get(0).xmlName)).append("\"})");
        }
        b.append(", or {@code null}.");
        if (!aliasEntries.isEmpty()) {
            b.append(" Also accepts the\n     * spellings the OASIS test cases use:");
            for (EnumRow r : e.rows) {
                for (String alias : r.xmlAliases) {
                    b.append(" {@code ").append(alias).append("} for {@link #").append(r.constant).append("}");
                }
            }
            b.append('.');
        }
        b.append("\n     */\n");
        b.append("    public static ").append(type).append(" fromXmlName(String xmlName) {\n");
        b.append("        return xmlName == null ? null : BY_XML_NAME.get(xmlName);\n");
        b.append("    }\n");
        if (e.mask) {
            b.append("\n    /** The Integer mask with the given bits set. */\n");
            b.append("    public static int toMask(Collection<").append(type).append("> bits) {\n");
            b.append("        return SpecSupport.toMask(bits);\n    }\n\n");
            b.append("    /** The named bits set in {@code mask}; see {@link #unknownBits(int)} for the others. */\n");
            b.append("    public static EnumSet<").append(type).append("> fromMask(int mask) {\n");
            b.append("        return SpecSupport.fromMask(").append(type).append(".class, VALUES, mask);\n    }\n\n");
            b.append("    /** The bits of {@code mask} that no version names (extensions or garbage); 0 when none. */\n");
            b.append("    public static int unknownBits(int mask) {\n");
            b.append("        return mask & ~ALL_BITS;\n    }\n\n");
            b.append("    /**\n");
            b.append("     * The bits of {@code mask} that the table of {@code version} does not name, e.g. a bit 2.0 added\n");
            b.append("     * in a 1.x request, or a bit 2.0 reserved in a 2.x one; 0 when none. Does not allocate.\n");
            b.append("     */\n");
            b.append("    public static int unknownBits(int mask, KmipVersion version) {\n");
            b.append("        int known = 0;\n");
            b.append("        for (").append(type).append(" b : VALUES) {\n");
            b.append("            if (b.knownIn(version)) {\n");
            b.append("                known |= b.value;\n");
            b.append("            }\n");
            b.append("        }\n");
            b.append("        return mask & ~known;\n    }\n");
        }
        b.append("}\n");
        return b.toString();
    }

    private static void method(StringBuilder b, String signature, String expression) {
        b.append("    @Override\n");
        b.append("    public ").append(signature).append(" {\n");
        b.append("        return ").append(expression).append(";\n");
        b.append("    }\n\n");
    }

    private static String enumIndex(List<EnumTable> enums, List<TagRow> tags) {
        Map<Integer, EnumTable> byTag = new LinkedHashMap<>();
        Map<String, EnumTable> byFile = new HashMap<>();
        for (EnumTable e : enums) {
            byFile.put(e.file, e);
        }
        for (TagRow t : tags) {
            for (EnumTable e : enums) {
                if (!e.mask && e.tag != null && e.tag == t.tag) {
                    byTag.put(t.tag, e);
                }
            }
            if (EXTRA_ENUM_TAGS.containsKey(t.tag)) {
                byTag.put(t.tag, byFile.get(EXTRA_ENUM_TAGS.get(t.tag)));
            }
        }
        Map<Integer, String> tagConstants = new HashMap<>();
        for (TagRow t : tags) {
            tagConstants.put(t.tag, t.constant);
        }
        StringBuilder b = header("enums/INDEX.csv and tags.csv");
        b.append("package ").append(PACKAGE).append(";\n\n");
        b.append("import java.util.List;\n\n");
        b.append("/**\n");
        b.append(" * Which enumeration an Enumeration item carries, by its tag: the enumeration of the same name, plus\n");
        b.append(" * Linked Object Identifier, whose Enumeration form holds a Unique Identifier Enumeration value\n");
        b.append(" * (KMIP 2.1 \u00a74.31 Table 90). Bit masks travel as Integer and are not listed here; Attribute\n");
        b.append(" * Reference and Tag hold tag numbers, which {@link TagRegistry} resolves.\n");
        b.append(" */\n");
        b.append("public final class KmipEnums {\n\n");
        b.append("    private static final List<Class<? extends KmipEnum>> ALL_TYPES = List.of(\n");
        for (int i = 0; i < enums.size(); i++) {
            b.append("            ").append(enums.get(i).className).append(".class").append(i + 1 < enums.size() ? ",\n" : ");\n\n");
        }
        b.append("    private KmipEnums() {\n    }\n\n");
        b.append("    /**\n");
        b.append("     * The value of the enumeration that {@code tag} carries, or {@code null} when the tag carries\n");
        b.append("     * none or no version defines {@code value}. Does not allocate.\n");
        b.append("     */\n");
        b.append("    public static KmipEnum lookup(int tag, int value) {\n");
        appendTagSwitch(b, byTag, tagConstants, ".fromValue(value)");
        b.append("    /** The enumeration type that {@code tag} carries, or {@code null}. */\n");
        b.append("    public static Class<? extends KmipEnum> typeOf(int tag) {\n");
        appendTagSwitch(b, byTag, tagConstants, ".class");
        b.append("    /** Every generated enumeration and bit-mask type, in the order of INDEX.csv. */\n");
        b.append("    public static List<Class<? extends KmipEnum>> allTypes() {\n");
        b.append("        return ALL_TYPES;\n    }\n}\n");
        return b.toString();
    }

    /** A {@code switch (tag)} returning {@code <EnumClass><suffix>} per mapped tag, else null. */
    private static void appendTagSwitch(StringBuilder b, Map<Integer, EnumTable> byTag,
            Map<Integer, String> tagConstants, String suffix) {
        b.append("        return switch (tag) {\n");
        for (Map.Entry<Integer, EnumTable> en : byTag.entrySet()) {
            b.append("            case Tag.").append(tagConstants.get(en.getKey())).append(" -> ")
                    .append(en.getValue().className).append(suffix).append(";\n");
        }
        b.append("            default -> null;\n        };\n    }\n\n");
    }

    // -------------------------------------------------------------------------------- naming

    /**
     * UPPER_SNAKE of a spec name: each run of characters other than ASCII letters and digits
     * becomes one underscore, leading and trailing underscores are dropped, letters are
     * upper-cased. A result that starts with a digit has its leading digits moved behind the word
     * they precede, as the XML names do (3DES becomes DES3), or, when no letter follows them, gets
     * the prefix N.
     */
    public static String constantName(String specName) {
        String s = specName.replaceAll("[^A-Za-z0-9]+", "_").replaceAll("^_+|_+$", "").toUpperCase(Locale.ROOT);
        if (s.isEmpty()) {
            throw new IllegalStateException("no letters or digits in name: " + specName);
        }
        if (Character.isDigit(s.charAt(0))) {
            Matcher m = Pattern.compile("([0-9]+)([A-Z][A-Z0-9]*)(.*)").matcher(s);
            s = m.matches() ? m.group(2) + m.group(1) + m.group(3) : "N" + s;
        }
        return s;
    }

    private static String uniqueConstant(String constant, String hexSuffix, Map<String, String> taken) {
        String unique = taken.containsKey(constant) ? constant + "_" + hexSuffix : constant;
        if (taken.put(unique, unique) != null) {
            throw new IllegalStateException("cannot make constant unique: " + unique);
        }
        return unique;
    }

    private static String pascalCase(String fileBase) {
        StringBuilder b = new StringBuilder();
        for (String part : fileBase.split("-")) {
            if (!part.isEmpty()) {
                b.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1).toLowerCase(Locale.ROOT));
            }
        }
        return b.toString();
    }

    private static void appendRenamedNote(StringBuilder b, List<String> renamed) {
        if (!renamed.isEmpty()) {
            b.append(" *\n * <p>Made unique by the collision rule: ").append(javadoc(String.join("; ", renamed))).append(".\n");
        }
    }

    private static void appendRenamedNoteInline(StringBuilder b, List<String> renamed) {
        if (!renamed.isEmpty()) {
            b.append(" Not the plain UPPER_SNAKE: ").append(javadoc(String.join("; ", renamed))).append('.');
        }
    }

    // ------------------------------------------------------------------------------ writing

    private static StringBuilder header(String source) {
        StringBuilder b = new StringBuilder();
        b.append("// Generated from codec/src/spec/").append(source).append(' ').append(MARKER)
                .append(" \u2014 do not edit.\n");
        b.append("// Regenerate from the repository root: ").append(REGENERATE).append("\n");
        return b;
    }

    private static String hex6(int v) {
        return String.format("0x%06X", v);
    }

    private static String hex8(int v) {
        return String.format("0x%08X", v);
    }

    private static String range(String first, String last) {
        String end = last.isEmpty() ? VERSIONS.get(VERSIONS.size() - 1) : last;
        return first.equals(end) ? first : first + "\u2013" + end;
    }

    private static String versionConstant(String label) {
        return "V" + label.replace('.', '_');
    }

    /** Escapes text for a Javadoc comment. */
    private static String javadoc(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("@", "&#64;")
                .replace("*/", "*&#47;").replace("\\", "&#92;");
    }

    /** Text for a line comment. */
    private static String comment(String text) {
        return text.replace("\\", "/").replace("\n", " ");
    }

    private static String sentence(String text) {
        String t = Character.toUpperCase(text.charAt(0)) + text.substring(1);
        return t.endsWith(".") ? t : t + ".";
    }

    /** A Java string literal; characters outside printable ASCII become unicode escapes. */
    private static String literal(String text) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            if (c == '"' || c == '\\') {
                b.append('\\').append(c);
            } else if (c < 0x20 || c > 0x7E) {
                b.append(String.format("\\u%04x", (int) c));
            } else {
                b.append(c);
            }
        }
        return b.append('"').toString();
    }

    // ------------------------------------------------------------------------------ reading

    private static int parseHex(String text, int digits, Path file) {
        if (!text.matches("0x[0-9A-F]{" + digits + "}")) {
            throw new IllegalStateException(file + ": not a " + digits + "-digit hex number: " + text);
        }
        return (int) Long.parseLong(text.substring(2), 16);
    }

    private static String version(String label, boolean blankAllowed, Path file) {
        if ((blankAllowed && label.isEmpty()) || VERSIONS.contains(label)) {
            return label;
        }
        throw new IllegalStateException(file + ": unknown KMIP version " + label);
    }

    /** Checks a space-separated version list: known, ascending, contiguous; returns it. */
    private static String versionList(String labels, Path file) {
        if (labels.isEmpty()) {
            return labels;
        }
        String[] parts = labels.split(" ");
        int start = VERSIONS.indexOf(parts[0]);
        for (int i = 0; i < parts.length; i++) {
            if (start < 0 || start + i >= VERSIONS.size() || !VERSIONS.get(start + i).equals(parts[i])) {
                throw new IllegalStateException(file + ": versions not contiguous and ascending: " + labels);
            }
        }
        return labels;
    }

    /** First and last version of a contiguous list; last is blank when the list reaches 2.1. */
    private static List<String> firstLast(String labels) {
        if (labels.isEmpty()) {
            return List.of("", "");
        }
        String[] parts = labels.split(" ");
        String last = parts[parts.length - 1];
        return List.of(parts[0], last.equals(VERSIONS.get(VERSIONS.size() - 1)) ? "" : last);
    }

    /** Reads an RFC 4180 CSV file whose header must be exactly {@code columns}. */
    static List<Map<String, String>> readCsv(Path file, List<String> columns) throws IOException {
        List<List<String>> records = parseCsv(Files.readString(file, StandardCharsets.UTF_8), file);
        if (records.isEmpty() || !records.get(0).equals(columns)) {
            throw new IllegalStateException(file + ": header is not " + columns);
        }
        List<Map<String, String>> rows = new ArrayList<>();
        for (List<String> rec : records.subList(1, records.size())) {
            if (rec.size() != columns.size()) {
                throw new IllegalStateException(file + ": " + rec.size() + " fields in row " + rec);
            }
            Map<String, String> row = new LinkedHashMap<>();
            for (int i = 0; i < columns.size(); i++) {
                row.put(columns.get(i), rec.get(i));
            }
            rows.add(row);
        }
        return rows;
    }

    private static List<List<String>> parseCsv(String text, Path file) {
        List<List<String>> records = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean recordStarted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
                continue;
            }
            switch (c) {
                case '"' -> {
                    quoted = true;
                    recordStarted = true;
                }
                case ',' -> {
                    fields.add(field.toString());
                    field.setLength(0);
                    recordStarted = true;
                }
                case '\r' -> {
                }
                case '\n' -> {
                    if (recordStarted || field.length() > 0) {
                        fields.add(field.toString());
                        records.add(fields);
                    }
                    fields = new ArrayList<>();
                    field.setLength(0);
                    recordStarted = false;
                }
                default -> {
                    field.append(c);
                    recordStarted = true;
                }
            }
        }
        if (quoted) {
            throw new UncheckedIOException(new IOException(file + ": unterminated quoted field"));
        }
        if (recordStarted || field.length() > 0) {
            fields.add(field.toString());
            records.add(fields);
        }
        return records;
    }
}
