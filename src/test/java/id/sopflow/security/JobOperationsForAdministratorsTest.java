package id.sopflow.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;

import org.camunda.bpm.engine.impl.ManagementServiceImpl;
import org.junit.jupiter.api.Test;
import id.sopflow.testkit.PlainTest;

/** A Camunda upgrade that brings a new job operation must not slip past the administrators-only check. */
@PlainTest
class JobOperationsForAdministratorsTest {

    @Test
    void everyJobOperationOfTheEngineIsChecked() throws Exception {
        List<Method> operations = Arrays.stream(ManagementServiceImpl.class.getMethods())
                .filter(method -> Modifier.isPublic(method.getModifiers()) && !method.isBridge())
                .filter(method -> JobOperationsForAdministrators.JOB_OPERATION.matcher(method.getName()).matches())
                .toList();
        assertThat(operations).hasSizeGreaterThan(40);
        for (Method operation : operations) {
            Method checked = JobOperationsForAdministrators.AdministratorsOperateJobs.class
                    .getMethod(operation.getName(), operation.getParameterTypes());
            assertThat(checked.getDeclaringClass()).as(operation.toString())
                    .isEqualTo(JobOperationsForAdministrators.AdministratorsOperateJobs.class);
        }
    }
}
