package org.acredita.portability.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.acredita.access.CurrentScope;
import org.acredita.agencies.Agencies;
import org.acredita.agencies.AgencyProfile;
import org.acredita.audit.AuditTrail;
import org.acredita.identity.Organisation;
import org.acredita.identity.Organisations;
import org.acredita.identity.Usernames;
import org.acredita.portability.internal.Archive;
import org.acredita.portability.internal.Manifest;
import org.acredita.portability.internal.ManifestEntries;
import org.acredita.portability.internal.ManifestCodec;
import org.acredita.proofs.Proof;
import org.acredita.proofs.FileProofs;
import org.acredita.proofs.ProofSubmissions;
import org.acredita.selfassessment.AccreditationFile;
import org.acredita.selfassessment.AccreditationFiles;
import org.acredita.selfassessment.FileContents;
import org.acredita.selfassessment.FileStandard;
import org.acredita.selfassessment.FileActivity;
import org.acredita.selfassessment.StandardWorkflow;
import org.acredita.standards.ManualEdition;
import org.acredita.standards.Manuals;
import org.acredita.standards.Text;
import org.acredita.storage.FileDownload;
import org.acredita.storage.StoredFile;
import org.acredita.storage.StoredFiles;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Exports a whole accreditation file as a ZIP: {@code manifest.json}, the human index in Spanish and English
 * ({@code index.html}, {@code index.en.html}) and each distinct stored content once under {@code files/<sha256>},
 * streamed from the file store. Who works on the agency may take its file
 * away: its own people, its assigned advisors and assessors, and the accreditation body's programme staff
 * (write access to the agency). Read-only readers (commissioners, funders) are refused; another agency's file
 * is not found.
 */
@Service
public class FileExports {

    private final AccreditationFiles files;
    private final FileActivity activity;
    private final FileProofs fileProofs;
    private final Manuals manuals;
    private final Organisations organisations;
    private final Agencies agencies;
    private final Usernames usernames;
    private final StoredFiles storedFiles;
    private final AuditTrail audit;
    private final Clock clock;
    private final IndexPages indexPages;
    private final String source;

    FileExports(AccreditationFiles files, FileActivity activity, FileProofs fileProofs, Manuals manuals, Organisations organisations,
            Agencies agencies, Usernames usernames, StoredFiles storedFiles, AuditTrail audit, Clock clock,
            IndexPages indexPages, @Value("${acredita.base-url:}") String source) {
        this.files = files;
        this.activity = activity;
        this.fileProofs = fileProofs;
        this.manuals = manuals;
        this.organisations = organisations;
        this.agencies = agencies;
        this.usernames = usernames;
        this.storedFiles = storedFiles;
        this.audit = audit;
        this.clock = clock;
        this.indexPages = indexPages;
        this.source = source == null || source.isBlank() ? null : source;
    }

    /** Reads the whole file into its manifest (no file content yet) and audits the export. */
    @Transactional
    public ExportedFile prepare(UUID fileId) {
        AccreditationFile file = files.file(fileId);
        CurrentScope.get().requireWrite(file.agencyId());
        FileContents contents = files.contents(file.id());
        ManualEdition edition = manuals.edition(file.editionId());
        Map<String, List<Proof>> given = fileProofs.of(file.id()).stream()
                .collect(Collectors.groupingBy(Proof::number));
        Map<String, List<StoredFile>> documents = storedFiles.listOfAgency(file.agencyId(),
                StandardWorkflow.WAIVER_DOCUMENT).stream()
                .filter(document -> document.ownerId().startsWith(file.id() + "/"))
                .collect(Collectors.groupingBy(document -> document.ownerId().substring(file.id().toString().length() + 1),
                        LinkedHashMap::new, Collectors.toList()));
        Set<UUID> people = new HashSet<>();
        contents.standards().stream().map(FileStandard::assigneeId).filter(Objects::nonNull).forEach(people::add);
        given.values().stream().flatMap(List::stream).map(Proof::createdBy).filter(Objects::nonNull)
                .forEach(people::add);
        ManifestEntries entries = new ManifestEntries(contents, usernames.of(people), activity.comments(file.id()),
                activity.history(file.id()), given, documents, proofFiles(file.agencyId()));
        List<Manifest.Standard> standards = contents.standards().stream().map(entries::standard).toList();
        Map<String, UUID> stored = entries.contents();
        AgencyProfile profile = agencies.get(file.agencyId()).profile();
        Organisation agency = organisations.get(file.agencyId());
        Manifest manifest = new Manifest(Manifest.FORMAT, clock.instant(), source,
                new Manifest.Agency(agency.name(), profile == null ? null : profile.kind().name()),
                file.programme().name(), new Manifest.Edition(edition.code(), edition.version(), edition.programme().name()),
                file.tier(), standards);
        audit.record("ACCREDITATION_FILE_EXPORTED", "accreditation-file", file.id().toString(), file.agencyId(),
                edition.code() + " " + edition.version() + " · " + standards.size() + " · " + stored.size());
        return new ExportedFile(file.id(), "expediente-" + edition.code().toLowerCase(java.util.Locale.ROOT) + "-"
                + file.id() + ".zip", ManifestCodec.write(manifest),
                index(agency, edition, file.tier(), manifest, contents.standards()), stored);
    }

    /** The index pages' contents: the manifest's standards by chapter, with the titles the manifest leaves out. */
    private ReadableIndex index(Organisation agency, ManualEdition edition, String tier, Manifest manifest,
            List<FileStandard> fileStandards) {
        Map<Integer, Text> chapterTitles = manuals.chapterTitles(edition);
        Map<Integer, List<ReadableIndex.Entry>> byChapter = new TreeMap<>();
        for (int i = 0; i < fileStandards.size(); i++) {
            FileStandard standard = fileStandards.get(i);
            byChapter.computeIfAbsent(standard.chapter(), chapter -> new ArrayList<>())
                    .add(new ReadableIndex.Entry(standard.title(), manifest.standards().get(i)));
        }
        List<ReadableIndex.Chapter> chapters = byChapter.entrySet().stream().map(chapter -> new ReadableIndex.Chapter(
                chapter.getKey(), chapterTitles.get(chapter.getKey()), chapter.getValue())).toList();
        return new ReadableIndex(agency.name(), edition.code() + " " + edition.version(), edition.title(),
                manuals.tierNames(edition).get(tier), manifest.exportedAt(), agency.timeZone(), chapters);
    }

    /** The agency's proof files by id, in one query. */
    private Map<UUID, StoredFile> proofFiles(UUID agencyId) {
        return storedFiles.listOfAgency(agencyId, ProofSubmissions.OWNER_TYPE).stream()
                .collect(Collectors.toMap(StoredFile::id, Function.identity()));
    }

    /**
     * Streams the ZIP: the manifest, the index pages in both languages (written straight into the archive), then
     * every content read from the file store, never held in memory.
     */
    public void write(ExportedFile export, OutputStream out) throws IOException {
        ZipOutputStream zip = new ZipOutputStream(out);
        // The fastest deflate: proofs are mostly PDFs and images that do not shrink, and the text entries shrink
        // almost as much at this level as at the default one, for a fraction of the processor's time.
        zip.setLevel(Deflater.BEST_SPEED);
        zip.putNextEntry(new ZipEntry(Archive.MANIFEST));
        zip.write(export.manifest());
        zip.closeEntry();
        for (String language : ReadableIndex.LANGUAGES) {
            zip.putNextEntry(new ZipEntry(ReadableIndex.PAGES.get(language)));
            indexPages.write(export.index(), language, zip);
            zip.closeEntry();
        }
        for (Map.Entry<String, UUID> content : export.contents().entrySet()) {
            FileDownload download = storedFiles.open(content.getValue());
            try (InputStream in = download.content()) {
                zip.putNextEntry(new ZipEntry("files/" + content.getKey()));
                in.transferTo(zip);
                zip.closeEntry();
            }
        }
        zip.finish();
        zip.flush();
    }

}
