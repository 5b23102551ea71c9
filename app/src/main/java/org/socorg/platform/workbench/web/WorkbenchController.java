package org.socorg.platform.workbench.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.socorg.platform.identity.CurrentUser;
import org.socorg.platform.shared.PlatformException;
import org.socorg.platform.workbench.DeployedModel;
import org.socorg.platform.workbench.DraftStatus;
import org.socorg.platform.workbench.ElementChange;
import org.socorg.platform.workbench.InstanceMigration;
import org.socorg.platform.workbench.MigrationPlanView;
import org.socorg.platform.workbench.Migrations;
import org.socorg.platform.workbench.ModelDraft;
import org.socorg.platform.workbench.ModelProblem;
import org.socorg.platform.workbench.Workbench;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** The analyst workbench's API; analysts only (the API's security rules and the services both check). */
@RestController
@RequestMapping("/api/workbench")
@Tag(name = "Analyst workbench 分析工作台",
        description = "Deployed models, checks, four-eyes drafts and deployment, migration of running cases")
class WorkbenchController {

    private final Workbench workbench;
    private final Migrations migrations;
    private final CurrentUser currentUser;

    WorkbenchController(Workbench workbench, Migrations migrations, CurrentUser currentUser) {
        this.workbench = workbench;
        this.migrations = migrations;
        this.currentUser = currentUser;
    }

    /** A model file's name and content, e.g. {@code registration-establishment.bpmn} and its XML. */
    record ModelFile(@Size(max = 255) String fileName, @NotBlank(message = "模型内容为空 / The model is empty") String content,
            String baseDefinitionId) {
    }

    record DraftContent(@NotBlank(message = "模型内容为空 / The model is empty") String content) {
    }

    record Review(@Size(max = 2000) String comment) {
    }

    record PlanRequest(@NotBlank String sourceDefinitionId, @NotBlank String targetDefinitionId,
            List<MigrationPlanView.Instruction> instructions, List<String> processInstanceIds) {
    }

    @GetMapping("/models")
    @Operation(summary = "Every deployed version of every process, decision and form 已部署模型")
    List<DeployedModel> models() {
        return workbench.models(currentUser.require());
    }

    @GetMapping("/models/{definitionId}/source")
    @Operation(summary = "Download a deployed version's file 下载模型")
    ResponseEntity<String> source(@PathVariable String definitionId) {
        Workbench.ModelSource source = workbench.source(currentUser.require(), definitionId);
        String file = source.resourceName().substring(source.resourceName().lastIndexOf('/') + 1);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(file, StandardCharsets.UTF_8).build().toString())
                .contentType(source.kind() == org.socorg.platform.workbench.ModelKind.FORM
                        ? MediaType.APPLICATION_JSON : MediaType.APPLICATION_XML)
                .body(source.content());
    }

    @PostMapping("/check")
    @Operation(summary = "Check a model: the engine's refusals and the platform's rules 检查模型")
    List<ModelProblem> check(@Valid @RequestBody ModelFile file) {
        return workbench.check(currentUser.require(), file.fileName(), file.content());
    }

    @PostMapping("/drafts")
    @Operation(summary = "Start a draft from a deployed version or a file 新建草稿")
    ResponseEntity<ModelDraft> createDraft(@Valid @RequestBody ModelFile file) {
        ModelDraft draft = workbench.createDraft(currentUser.require(), file.fileName(), file.content(),
                file.baseDefinitionId());
        return ResponseEntity.created(URI.create("/api/workbench/drafts/" + draft.id())).body(draft);
    }

    @PostMapping(path = "/drafts/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Import a .bpmn/.dmn/.form file made in Camunda Modeler as a draft 导入模型文件")
    ResponseEntity<ModelDraft> importFile(@RequestPart("file") MultipartFile file) throws IOException {
        if (file.getSize() > 4L * 1024 * 1024) {
            throw PlatformException.invalid("MODEL_TOO_LARGE", "模型文件过大（上限 4 MB）",
                    "The model file is too large (at most 4 MB)");
        }
        ModelDraft draft = workbench.createDraft(currentUser.require(), file.getOriginalFilename(),
                new String(file.getBytes(), StandardCharsets.UTF_8), null);
        return ResponseEntity.created(URI.create("/api/workbench/drafts/" + draft.id())).body(draft);
    }

    @GetMapping("/drafts")
    @Operation(summary = "Drafts, newest first, optionally of one status 草稿列表")
    List<ModelDraft> drafts(@RequestParam(required = false) DraftStatus status) {
        return workbench.drafts(currentUser.require(), status);
    }

    @GetMapping("/drafts/{id}")
    ModelDraft draft(@PathVariable String id) {
        return workbench.draft(currentUser.require(), id);
    }

    @PutMapping("/drafts/{id}")
    @Operation(summary = "The author edits the draft 修改草稿")
    ModelDraft update(@PathVariable String id, @Valid @RequestBody DraftContent body) {
        return workbench.updateDraft(currentUser.require(), id, body.content());
    }

    @PostMapping("/drafts/{id}/submit")
    @Operation(summary = "Ask a second analyst to review 提交审核")
    ModelDraft submit(@PathVariable String id) {
        return workbench.submit(currentUser.require(), id);
    }

    @GetMapping("/drafts/{id}/diff")
    @Operation(summary = "Elements added, removed and changed against the deployed version 差异")
    List<ElementChange> diff(@PathVariable String id) {
        return workbench.diff(currentUser.require(), id);
    }

    @PostMapping("/drafts/{id}/approve")
    @Operation(summary = "A second analyst approves: the draft deploys as a new version 审核通过并部署")
    ModelDraft approve(@PathVariable String id, @Valid @RequestBody(required = false) Review review) {
        return workbench.approve(currentUser.require(), id, review == null ? null : review.comment());
    }

    @PostMapping("/drafts/{id}/reject")
    @Operation(summary = "Send the draft back with reasons 退回修改")
    ModelDraft reject(@PathVariable String id, @Valid @RequestBody(required = false) Review review) {
        return workbench.reject(currentUser.require(), id, review == null ? null : review.comment());
    }

    @PostMapping("/migrations/plan")
    @Operation(summary = "The generated (or given) mapping between two versions 迁移方案")
    MigrationPlanView plan(@Valid @RequestBody PlanRequest request) {
        return migrations.plan(currentUser.require(), request.sourceDefinitionId(), request.targetDefinitionId(),
                request.instructions());
    }

    @PostMapping("/migrations/dry-run")
    @Operation(summary = "What would happen to each running case; nothing changes 试迁移")
    List<InstanceMigration> dryRun(@Valid @RequestBody PlanRequest request) {
        return migrations.dryRun(currentUser.require(), request.sourceDefinitionId(), request.targetDefinitionId(),
                request.instructions(), request.processInstanceIds());
    }

    @PostMapping("/migrations/execute")
    @Operation(summary = "Migrate the running cases, one transaction each, with a result per case 执行迁移")
    List<InstanceMigration> execute(@Valid @RequestBody PlanRequest request) {
        return migrations.execute(currentUser.require(), request.sourceDefinitionId(), request.targetDefinitionId(),
                request.instructions(), request.processInstanceIds());
    }
}
