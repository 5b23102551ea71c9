package org.socorg.platform.evaluation.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import org.socorg.platform.evaluation.Evaluation;
import org.socorg.platform.evaluation.EvaluationQuery;
import org.socorg.platform.evaluation.EvaluationRequest;
import org.socorg.platform.evaluation.EvaluationService;
import org.socorg.platform.evaluation.EvaluationStatus;
import org.socorg.platform.evaluation.ObjectionReceipt;
import org.socorg.platform.evaluation.ObjectionRequest;
import org.socorg.platform.evaluation.PublicNotice;
import org.socorg.platform.identity.CurrentUser;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/evaluations")
@Tag(name = "Evaluation 评估", description = "Apply for evaluation, follow it, read the public notices and object")
class EvaluationController {

    private final EvaluationService evaluations;
    private final CurrentUser currentUser;

    EvaluationController(EvaluationService evaluations, CurrentUser currentUser) {
        this.evaluations = evaluations;
        this.currentUser = currentUser;
    }

    @PostMapping
    @Operation(summary = "Apply for evaluation (评估申请) of an organization you act for and start its process",
            description = "The organization's account holder only. Answers 201; the eligibility rules run at once, "
                    + "so an ineligible organization's application comes back INELIGIBLE with its reasons.")
    ResponseEntity<Evaluation> apply(@Valid @RequestBody EvaluationRequest request) {
        Evaluation created = evaluations.apply(currentUser.require(), request);
        return ResponseEntity.created(URI.create("/api/evaluations/" + created.id())).body(created);
    }

    @GetMapping
    @Operation(summary = "List evaluations: an applicant's own, or those of an official's authority")
    List<Evaluation> list(@RequestParam(required = false) EvaluationStatus status,
            @RequestParam(required = false) String creditCode,
            @Parameter(description = "skip this many") @RequestParam(defaultValue = "0") int offset,
            @Parameter(description = "at most 200") @RequestParam(defaultValue = "20") int limit) {
        return evaluations.list(currentUser.require(), new EvaluationQuery(status, creditCode, offset, limit));
    }

    @GetMapping("/{id}")
    @Operation(summary = "Read one evaluation: scores, grade, validity, reasons and deadlines")
    Evaluation get(@PathVariable String id) {
        return evaluations.get(currentUser.require(), id);
    }

    @GetMapping("/notices")
    @Operation(summary = "Results under public notice (公示) now: public, no sign-in",
            description = "Each with the last day on which objections are taken.")
    List<PublicNotice> notices(@RequestParam(defaultValue = "0") int offset,
            @RequestParam(defaultValue = "50") int limit) {
        return evaluations.notices(offset, limit);
    }

    @PostMapping("/{id}/objections")
    @Operation(summary = "Object to a noticed result (异议): public, no sign-in",
            description = "Only during the notice period (409 otherwise). The authority reviews the objection; an "
                    + "upheld objection sends the case back to the expert panel.")
    ResponseEntity<ObjectionReceipt> object(@PathVariable String id, @Valid @RequestBody ObjectionRequest request) {
        return ResponseEntity.status(HttpStatus.CREATED).body(evaluations.object(id, request));
    }
}
