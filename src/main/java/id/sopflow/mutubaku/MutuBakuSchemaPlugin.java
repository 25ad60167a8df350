package id.sopflow.mutubaku;

import javax.sql.DataSource;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;
import org.springframework.stereotype.Component;

/**
 * Creates sopflow's tables and indexes right after the engine has created its own (the due-date index is on an
 * engine table), before any timer can fire.
 */
@Component
@Order(5)
class MutuBakuSchemaPlugin extends AbstractProcessEnginePlugin {

    private final DataSource dataSource;

    MutuBakuSchemaPlugin(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public void postProcessEngineBuild(ProcessEngine processEngine) {
        new ResourceDatabasePopulator(new ClassPathResource("sopflow/mutu-baku-schema.sql")).execute(dataSource);
    }
}
