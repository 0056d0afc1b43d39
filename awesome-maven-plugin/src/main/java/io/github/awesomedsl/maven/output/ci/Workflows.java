package io.github.awesomedsl.maven.output.ci;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The GitHub Actions workflows of a list repository, as {@code awesome:import} writes them into
 * {@code .github/workflows/}: on every pull request {@code mvn verify} (validation, README drift) with the
 * findings uploaded to code scanning, so they show on the pull request's lines; every week the link check
 * (failing only on broken links) with its report kept as an artifact; every week the metadata lock
 * refreshed and proposed as a pull request. Actions are pinned to commits (their versions in comments),
 * Maven's local repository is cached, and each job has only the permissions it needs.
 */
public final class Workflows {

    // pinned to the commits of these releases (read from the actions' repositories)
    static final String CHECKOUT = "actions/checkout@3d3c42e5aac5ba805825da76410c181273ba90b1 # v7.0.1";
    static final String SETUP_JAVA = "actions/setup-java@b6effb05e454b25005698d916606bdc6ffcbf961 # v5.7.0";
    static final String UPLOAD_SARIF =
            "github/codeql-action/upload-sarif@8aad20d150bbac5944a9f9d289da16a4b0d87c1e # v4.36.2";
    static final String UPLOAD_ARTIFACT = "actions/upload-artifact@bbbca2ddaa5d8feaa63e36b76fdaad77386f024f # v7.0.0";
    static final String CREATE_PULL_REQUEST =
            "peter-evans/create-pull-request@5f6978faf089d4d20b00c7766989d076bb2fc7f1 # v8.1.1";

    private Workflows() {}

    /** File name in {@code .github/workflows} to content, in the order a reader meets them. */
    public static Map<String, String> all() {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("awesome.yml", verify());
        files.put("links.yml", links());
        files.put("metadata.yml", metadata());
        return files;
    }

    private static String java() {
        return "      - uses: " + CHECKOUT + "\n"
                + "      - uses: " + SETUP_JAVA + "\n"
                + "        with:\n"
                + "          distribution: temurin\n"
                + "          java-version: '17'\n"
                + "          cache: maven\n";
    }

    static String verify() {
        return "# Written by awesome:import (awesome-dsl): every pull request builds the list, validates it and checks\n"
                + "# that README.md is its rendering; the findings show on the pull request's lines (code scanning).\n"
                + "name: awesome\n"
                + "on:\n"
                + "  pull_request:\n"
                + "  push:\n"
                + "    branches: [main]\n"
                + "permissions:\n"
                + "  contents: read\n"
                + "  security-events: write\n"
                + "jobs:\n"
                + "  verify:\n"
                + "    runs-on: ubuntu-latest\n"
                + "    steps:\n"
                + java()
                + "      - name: Build, validate, check the README\n"
                + "        run: mvn -B verify\n"
                + "      - name: Show the findings on the pull request\n"
                + "        if: always() && hashFiles('target/awesome/awesome.sarif') != ''\n"
                + "        uses: " + UPLOAD_SARIF + "\n"
                + "        with:\n"
                + "          sarif_file: target/awesome/awesome.sarif\n"
                + "          category: awesome-dsl\n";
    }

    static String links() {
        return "# Written by awesome:import (awesome-dsl): every week, every link of the list is checked; the run fails\n"
                + "# only on broken links (never on bot walls or timeouts), and the report is kept as an artifact.\n"
                + "name: links\n"
                + "on:\n"
                + "  schedule:\n"
                + "    - cron: '17 4 * * 1'\n"
                + "  workflow_dispatch:\n"
                + "permissions:\n"
                + "  contents: read\n"
                + "jobs:\n"
                + "  links:\n"
                + "    runs-on: ubuntu-latest\n"
                + "    steps:\n"
                + java()
                + "      - name: Check the links\n"
                + "        run: mvn -B awesome:links\n"
                + "        env:\n"
                + "          GITHUB_TOKEN: ${{ secrets.GITHUB_TOKEN }}\n"
                + "      - name: Keep the report\n"
                + "        if: always()\n"
                + "        uses: " + UPLOAD_ARTIFACT + "\n"
                + "        with:\n"
                + "          name: links-report\n"
                + "          path: target/awesome/links-report.json\n"
                + "          if-no-files-found: ignore\n";
    }

    static String metadata() {
        return "# Written by awesome:import (awesome-dsl): every week the metadata lock (stars, archived repositories,\n"
                + "# papers) is refreshed and, when it changed, proposed as a pull request to review and merge.\n"
                + "name: metadata\n"
                + "on:\n"
                + "  schedule:\n"
                + "    - cron: '41 5 * * 1'\n"
                + "  workflow_dispatch:\n"
                + "permissions:\n"
                + "  contents: write\n"
                + "  pull-requests: write\n"
                + "jobs:\n"
                + "  refresh:\n"
                + "    runs-on: ubuntu-latest\n"
                + "    steps:\n"
                + java()
                + "      - name: Refresh the metadata lock\n"
                + "        run: mvn -B awesome:metadata\n"
                + "        env:\n"
                + "          GITHUB_TOKEN: ${{ secrets.GITHUB_TOKEN }}\n"
                + "      - name: Propose the refresh\n"
                + "        uses: " + CREATE_PULL_REQUEST + "\n"
                + "        with:\n"
                + "          branch: awesome/metadata\n"
                + "          add-paths: awesome-metadata.json\n"
                + "          commit-message: Refresh the metadata lock\n"
                + "          title: Refresh the metadata lock\n"
                + "          body: Written by awesome:metadata. Review the changed stars, archived repositories and papers.\n";
    }
}
