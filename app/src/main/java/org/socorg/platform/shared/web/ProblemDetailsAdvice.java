package org.socorg.platform.shared.web;

import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolationException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.socorg.platform.shared.PlatformException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.lang.Nullable;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Turns every error under {@code /api} into an RFC 9457 problem detail carrying a message in Chinese
 * ({@code detailZh}) and English ({@code detailEn}), plus a stable {@code code}. The {@code detail} member is in
 * the language the caller asked for (Accept-Language), Chinese by default. No stack trace ever leaves the server.
 */
@RestControllerAdvice(basePackages = "org.socorg.platform")
public class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);
    private static final String INVALID_ZH = "输入有误，请按字段提示修改后重试";
    private static final String INVALID_EN = "Some fields are invalid; correct them and try again";

    @ExceptionHandler(PlatformException.class)
    ResponseEntity<ProblemDetail> platform(PlatformException e, HttpServletRequest request) {
        ProblemDetail pd = problem(HttpStatus.valueOf(e.status()), e.code(), e.messageZh(), e.messageEn(), request);
        e.details().forEach(pd::setProperty);
        return ResponseEntity.status(e.status()).body(pd);
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ResponseEntity<ProblemDetail> constraint(ConstraintViolationException e, HttpServletRequest request) {
        List<Map<String, String>> errors = new ArrayList<>();
        e.getConstraintViolations().forEach(v -> errors.add(Map.of(
                "field", String.valueOf(v.getPropertyPath()), "message", v.getMessage())));
        return ResponseEntity.badRequest().body(invalidInput(errors,
                problem(HttpStatus.BAD_REQUEST, "INVALID_INPUT", INVALID_ZH, INVALID_EN, request)));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e, HttpServletRequest request) {
        log.error("Unexpected error on {} {}", request.getMethod(), request.getRequestURI(), e);
        ProblemDetail pd = problem(HttpStatus.INTERNAL_SERVER_ERROR, "INTERNAL_ERROR",
                "服务器内部错误，操作未完成，数据未改动；请稍后重试或联系管理员",
                "Internal error: the operation did not complete and nothing was changed; retry later or contact the administrator",
                request);
        return ResponseEntity.internalServerError().body(pd);
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<Map<String, String>> errors = new ArrayList<>();
        for (FieldError fe : ex.getBindingResult().getFieldErrors()) {
            errors.add(Map.of("field", fe.getField(), "message", String.valueOf(fe.getDefaultMessage())));
        }
        ex.getBindingResult().getGlobalErrors().forEach(ge -> errors.add(Map.of(
                "field", ge.getObjectName(), "message", String.valueOf(ge.getDefaultMessage()))));
        return ResponseEntity.badRequest().body(invalidInput(errors,
                problem(HttpStatus.BAD_REQUEST, "INVALID_INPUT", INVALID_ZH, INVALID_EN, request)));
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<Map<String, String>> errors = new ArrayList<>();
        ex.getParameterValidationResults().forEach(r -> r.getResolvableErrors().forEach(err -> errors.add(Map.of(
                "field", String.valueOf(r.getMethodParameter().getParameterName()),
                "message", String.valueOf(err.getDefaultMessage())))));
        return ResponseEntity.badRequest().body(invalidInput(errors,
                problem(HttpStatus.BAD_REQUEST, "INVALID_INPUT", INVALID_ZH, INVALID_EN, request)));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ProblemDetail pd;
        if (ex.getCause() instanceof UnrecognizedPropertyException unknown) {
            String known = unknown.getKnownPropertyIds() == null ? "" : unknown.getKnownPropertyIds().stream()
                    .map(String::valueOf).sorted().collect(Collectors.joining(", "));
            pd = problem(HttpStatus.BAD_REQUEST, "UNKNOWN_FIELD",
                    "请求中有未知字段“" + unknown.getPropertyName() + "”（拼写错误？）；可用字段：" + known,
                    "Unknown field '" + unknown.getPropertyName() + "' (a typo?); known fields: " + known, request);
            pd.setProperty("field", unknown.getPropertyName());
        } else if (ex.getCause() instanceof InvalidFormatException invalid && !invalid.getPath().isEmpty()) {
            String field = invalid.getPath().stream().map(r -> r.getFieldName() == null ? "[" + r.getIndex() + "]"
                    : r.getFieldName()).collect(Collectors.joining("."));
            Class<?> type = invalid.getTargetType();
            String allowed = type != null && type.isEnum() ? Arrays.stream(type.getEnumConstants())
                    .map(String::valueOf).collect(Collectors.joining(", ")) : null;
            pd = problem(HttpStatus.BAD_REQUEST, "MALFORMED_REQUEST",
                    "字段“" + field + "”的取值“" + invalid.getValue() + "”无效" + (allowed == null ? "" : "；可选：" + allowed),
                    "Field '" + field + "' cannot take the value '" + invalid.getValue() + "'"
                            + (allowed == null ? "" : "; choose one of " + allowed), request);
            pd.setProperty("field", field);
        } else {
            pd = problem(HttpStatus.BAD_REQUEST, "MALFORMED_REQUEST",
                    "请求内容不是有效的 JSON，或字段类型不对",
                    "The request body is not valid JSON, or a field has the wrong type", request);
        }
        return ResponseEntity.badRequest().body(pd);
    }

    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception ex, @Nullable Object body, HttpHeaders headers,
            HttpStatusCode statusCode, WebRequest request) {
        // Spring's own MVC errors (404 no handler, 405, 415, missing parameter...): keep their status, add our members.
        ProblemDetail pd = body instanceof ProblemDetail given ? given : ProblemDetail.forStatus(statusCode);
        String en = pd.getDetail() != null ? pd.getDetail() : HttpStatus.valueOf(statusCode.value()).getReasonPhrase();
        String zh = switch (statusCode.value()) {
            case 404 -> "请求的地址不存在";
            case 405 -> "该地址不支持此请求方法";
            case 406, 415 -> "不支持的内容类型，请使用 application/json";
            default -> "请求有误：" + en;
        };
        if (ex instanceof MethodArgumentTypeMismatchException mm) {
            zh = "参数 " + mm.getName() + " 的取值无效：" + mm.getValue();
            en = "Parameter " + mm.getName() + " has an invalid value: " + mm.getValue();
        }
        fill(pd, "HTTP_" + statusCode.value(), zh, en, request.getDescription(false).replace("uri=", ""),
                request.getHeader(HttpHeaders.ACCEPT_LANGUAGE));
        return ResponseEntity.status(statusCode).headers(headers).body(pd);
    }

    @Override
    protected ResponseEntity<Object> handleTypeMismatch(org.springframework.beans.TypeMismatchException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return handleExceptionInternal(ex, null, headers, HttpStatus.BAD_REQUEST, request);
    }

    private static ProblemDetail invalidInput(List<Map<String, String>> errors, ProblemDetail pd) {
        pd.setProperty("errors", errors);
        return pd;
    }

    private static ProblemDetail problem(HttpStatus status, String code, String zh, String en,
            HttpServletRequest request) {
        ProblemDetail pd = ProblemDetail.forStatus(status);
        fill(pd, code, zh, en, request.getRequestURI(), request.getHeader(HttpHeaders.ACCEPT_LANGUAGE));
        return pd;
    }

    private static ProblemDetail problem(HttpStatus status, String code, String zh, String en, WebRequest request) {
        ProblemDetail pd = ProblemDetail.forStatus(status);
        fill(pd, code, zh, en, request.getDescription(false).replace("uri=", ""), request.getHeader(HttpHeaders.ACCEPT_LANGUAGE));
        return pd;
    }

    private static void fill(ProblemDetail pd, String code, String zh, String en, String instance, String acceptLanguage) {
        Problems.fill(pd, code, zh, en, instance, acceptLanguage);
    }
}
