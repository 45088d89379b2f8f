package io.contentlint.core.git;

import io.contentlint.core.SourceTree;
import io.contentlint.core.config.Limits;
import io.contentlint.core.source.Document;
import io.contentlint.core.source.DocumentReader;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/**
 * The docs root as it was at a commit, read from git's object database: {@code ls-tree} lists the
 * files, one {@code cat-file --batch} process streams every document's bytes. No checkout, no
 * temporary clone, nothing written.
 */
public final class GitTree implements SourceTree {
    /** The folders the disk walk never enters; the tree at a commit must list the same files. */
    private static final Set<String> SKIPPED_DIRECTORIES = Set.of(".git", "node_modules", "target");

    private final Git git;
    private final String commit;
    private final Limits limits;
    private final Map<String, Git.TreeEntry> entries;

    private GitTree(Git git, String commit, Limits limits, Map<String, Git.TreeEntry> entries) {
        this.git = git;
        this.commit = commit;
        this.limits = limits;
        this.entries = entries;
    }

    /** The tree of the commit {@code ref} names, under the docs root {@code root}. */
    public static GitTree at(Path root, String ref, Limits limits) {
        Git git = new Git(root);
        String commit = git.commit(ref);
        Map<String, Git.TreeEntry> entries = new LinkedHashMap<>();
        git.tree(commit).stream()
                .filter(Git.TreeEntry::isRegularFile)
                .filter(e -> !inSkippedDirectory(e.path()))
                .sorted((a, b) -> a.path().compareTo(b.path()))
                .forEach(e -> entries.put(e.path(), e));
        return new GitTree(git, commit, limits, entries);
    }

    public String commit() {
        return commit;
    }

    @Override
    public Path root() {
        return git.workDir();
    }

    @Override
    public List<String> files() {
        return List.copyOf(entries.keySet());
    }

    @Override
    public List<Document> read(DocumentReader reader, Map<String, String> collectionOf) {
        List<Document> documents = new ArrayList<>();
        Map<String, String> toLoad = new LinkedHashMap<>();
        collectionOf.forEach((path, collection) -> {
            Git.TreeEntry entry = entries.get(path);
            if (entry.size() > limits.maxFileBytes()) {
                documents.add(reader.tooLarge(path, collection, entry.size()));
            } else {
                toLoad.put(path, collection);
            }
        });
        Map<String, byte[]> bytes = load(List.copyOf(toLoad.keySet()));
        documents.addAll(toLoad.entrySet().parallelStream()
                .map(e -> reader.parse(e.getKey(), e.getValue(), bytes.get(e.getKey())))
                .toList());
        return documents;
    }

    /** One {@code cat-file --batch}: object ids in on one thread, {@code <id> <type> <size>\n<bytes>\n} out on this one. */
    private Map<String, byte[]> load(List<String> paths) {
        Map<String, byte[]> result = new LinkedHashMap<>();
        if (paths.isEmpty()) {
            return result;
        }
        Process process = git.start("cat-file", "--batch");
        CompletableFuture<Void> requests = CompletableFuture.runAsync(() -> {
            try (OutputStream in = process.getOutputStream()) {
                for (String path : paths) {
                    in.write((entries.get(path).object() + "\n").getBytes(StandardCharsets.US_ASCII));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        CompletableFuture<Void> errors = CompletableFuture.runAsync(() -> drain(process.getErrorStream()));
        try (InputStream out = new BufferedInputStream(process.getInputStream())) {
            for (String path : paths) {
                String header = readLine(out);
                String[] parts = header.split(" ");
                if (parts.length != 3 || !parts[1].equals("blob")) {
                    throw new GitException("git cat-file could not read " + path + " at " + commit + ": " + header);
                }
                byte[] content = out.readNBytes(Integer.parseInt(parts[2]));
                out.read();
                result.put(path, content);
            }
            requests.join();
            errors.join();
            process.waitFor();
        } catch (IOException e) {
            throw new GitException("git cat-file failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new GitException("interrupted while reading git objects", e);
        } finally {
            process.destroy();
        }
        return result;
    }

    private static String readLine(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream(64);
        int b;
        while ((b = in.read()) != '\n') {
            if (b < 0) {
                throw new GitException("git cat-file stopped early");
            }
            line.write(b);
        }
        return line.toString(StandardCharsets.UTF_8);
    }

    private static void drain(InputStream in) {
        try (in) {
            in.transferTo(OutputStream.nullOutputStream());
        } catch (IOException e) {
            // the process is gone; its exit shows in the output we read
        }
    }

    private static boolean inSkippedDirectory(String path) {
        String[] segments = path.split("/");
        for (int i = 0; i < segments.length - 1; i++) {
            if (SKIPPED_DIRECTORIES.contains(segments[i])) {
                return true;
            }
        }
        return false;
    }
}
