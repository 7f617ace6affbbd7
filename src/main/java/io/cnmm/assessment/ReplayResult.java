package io.cnmm.assessment;

import java.util.List;
import java.util.UUID;

/**
 * A stored assessment evaluated again under the version it recorded.
 *
 * @param identical   whether the new evaluation equals the stored result in every level, gap, advice and trace entry
 * @param differences where they differ, as JSON paths with both values (empty when identical)
 */
public record ReplayResult(UUID assessment, String rulesetVersion, boolean identical, List<String> differences) {
}
