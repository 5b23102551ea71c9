package org.socorg.platform.audit.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.socorg.auditlog.Checkpoint;
import org.socorg.platform.audit.AuditKey;
import org.socorg.platform.audit.AuditLog;
import org.socorg.platform.audit.AuditedEntry;
import org.socorg.platform.audit.ReconciliationReport;
import org.socorg.platform.identity.Caller;
import org.socorg.platform.identity.CurrentUser;
import org.socorg.platform.identity.Groups;
import org.socorg.platform.shared.PlatformException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * The audit log in public: anyone may read checkpoints, entries, proofs, receipts and the trail of a case without
 * signing in, so anyone can hold the authority to what it recorded. Export, reconciliation and signing on demand are
 * for auditors. Checkpoints and receipts are served as their canonical JSON, byte for byte what the verifier checks.
 */
@RestController
@RequestMapping("/api/audit")
@Tag(name = "Audit log 审计日志", description = "Signed Merkle log of every completed step; public, verifiable offline")
class AuditController {

    private final AuditLog audit;
    private final CurrentUser currentUser;

    AuditController(AuditLog audit, CurrentUser currentUser) {
        this.audit = audit;
        this.currentUser = currentUser;
    }

    @GetMapping(value = "/checkpoints/latest", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "The latest signed checkpoint (tree size, root, time, key id, signature)")
    ResponseEntity<String> latestCheckpoint() {
        Checkpoint checkpoint = audit.latestCheckpoint().orElseGet(audit::checkpointNow);
        return json(checkpoint.toJson());
    }

    @PostMapping(value = "/checkpoints", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Sign a checkpoint now (auditors)")
    ResponseEntity<String> checkpointNow() {
        requireAuditor();
        return json(audit.checkpointNow().toJson());
    }

    @GetMapping("/keys")
    @Operation(summary = "Every key that signs or signed checkpoints",
            description = "For convenience only: a verifier must take the authority's public key from a channel "
                    + "other than this server.")
    List<AuditKey> keys() {
        return audit.keys();
    }

    @GetMapping("/entries/{seq}")
    @Operation(summary = "One entry: its canonical JSON (the Merkle leaf input) and leaf hash")
    Map<String, Object> entry(@PathVariable long seq) {
        return view(audit.entry(seq));
    }

    @GetMapping("/entries/{seq}/proof")
    @Operation(summary = "Inclusion proof of an entry in the tree of a given size (default: the latest checkpoint)")
    Map<String, Object> inclusionProof(@PathVariable long seq, @RequestParam(required = false) Long treeSize) {
        long size = treeSize != null ? treeSize : audit.latestCheckpoint().orElseGet(audit::checkpointNow).treeSize();
        Map<String, Object> proof = new LinkedHashMap<>();
        proof.put("leafIndex", seq);
        proof.put("treeSize", size);
        proof.put("inclusionProof", audit.inclusionProof(seq, size));
        return proof;
    }

    @GetMapping(value = "/entries/{seq}/receipt", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "The receipt of a step: entry, inclusion proof and a signed checkpoint covering it",
            description = "Save it: the offline verifier checks it with the public key alone, and against any later "
                    + "export of the log.")
    ResponseEntity<String> receipt(@PathVariable long seq) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
                .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"receipt-" + seq + ".json\"")
                .body(audit.receipt(seq).toJson());
    }

    @GetMapping("/consistency")
    @Operation(summary = "Consistency proof between two tree sizes (the larger log extends the smaller)")
    Map<String, Object> consistency(@RequestParam long from, @RequestParam long to) {
        Map<String, Object> proof = new LinkedHashMap<>();
        proof.put("from", from);
        proof.put("to", to);
        proof.put("consistencyProof", audit.consistencyProof(from, to));
        return proof;
    }

    @GetMapping("/cases/{businessKey}")
    @Operation(summary = "The audit trail of one case (e.g. a registration application id), in order")
    List<Map<String, Object>> caseTrail(@PathVariable String businessKey) {
        return audit.caseTrail(businessKey).stream().map(AuditController::view).toList();
    }

    @GetMapping("/export")
    @Operation(summary = "Export the whole log and its checkpoints as a zip for the offline verifier (auditors)")
    ResponseEntity<StreamingResponseBody> export() {
        requireAuditor();
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("application/zip"))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"audit-log.zip\"")
                .body(audit::export);
    }

    @GetMapping("/reconciliation")
    @Operation(summary = "Recompute every sealed step from the engine's history and the registry (auditors)",
            description = "Lists each entry whose source rows no longer give the data it sealed, naming the field.")
    ReconciliationReport reconcile() {
        requireAuditor();
        return audit.reconcile();
    }

    private void requireAuditor() {
        Caller caller = currentUser.require();
        if (!caller.inGroup(Groups.AUDITORS)) {
            throw PlatformException.forbidden("仅审计人员可以执行此操作", "Only auditors may do this");
        }
    }

    private static Map<String, Object> view(AuditedEntry entry) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("seq", entry.seq());
        view.put("leafHash", entry.leafHash());
        view.put("entry", entry.fields());
        return view;
    }

    private static ResponseEntity<String> json(String body) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(body);
    }
}
