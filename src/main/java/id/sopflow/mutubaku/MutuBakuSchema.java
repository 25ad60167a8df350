package id.sopflow.mutubaku;

import javax.sql.DataSource;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.db.sql.DbSqlSessionFactory;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;
import org.springframework.jdbc.datasource.init.ScriptUtils;
import org.springframework.stereotype.Component;

import id.sopflow.EngineStartupStep;

/**
 * Creates sopflow's own tables and indexes right after the engine has created its own (the due-date index is on an
 * engine table), before any timer can fire. Every statement is idempotent.
 */
@Component
@Order(5)
class MutuBakuSchema implements EngineStartupStep {

    private final DataSource dataSource;

    MutuBakuSchema(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public void onEngineBuilt(ProcessEngine engine) {
        new ResourceDatabasePopulator(new ClassPathResource("sopflow/mutu-baku-schema.sql")).execute(dataSource);
        String databaseType = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
                .getDatabaseType();
        if (DbSqlSessionFactory.POSTGRES.equals(databaseType)) {
            // One DO block: its body holds semicolons that must not split it.
            ResourceDatabasePopulator postgres = new ResourceDatabasePopulator(
                    new ClassPathResource("sopflow/mutu-baku-schema-postgres.sql"));
            postgres.setSeparator(ScriptUtils.EOF_STATEMENT_SEPARATOR);
            postgres.execute(dataSource);
        }
    }
}
