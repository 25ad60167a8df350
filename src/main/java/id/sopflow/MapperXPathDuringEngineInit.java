package id.sopflow;

import javax.xml.xpath.XPathFactory;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/**
 * While the engine is initialised — which is when MyBatis reads Camunda's SQL mapping files — the JDK's XPath factory
 * finder hands out {@link ChildElementXPathFactory}. MyBatis offers no other way in: each mapping file's parser asks
 * {@code XPathFactory.newInstance()}, which reads this system property first. The property is put back afterwards,
 * so nothing else in the application ever sees the factory.
 */
@Component
class MapperXPathDuringEngineInit extends AbstractProcessEnginePlugin {

    static final String PROPERTY = XPathFactory.DEFAULT_PROPERTY_NAME + ":" + XPathFactory.DEFAULT_OBJECT_MODEL_URI;

    private String previous;

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        previous = System.getProperty(PROPERTY);
        if (ChildElementXPathFactory.class.getName().equals(previous)) {
            // Another engine of this JVM is being built at the same moment: it puts back what was there before.
            previous = null;
        }
        System.setProperty(PROPERTY, ChildElementXPathFactory.class.getName());
    }

    @Override
    public void postInit(ProcessEngineConfigurationImpl configuration) {
        if (previous == null) {
            System.clearProperty(PROPERTY);
        } else {
            System.setProperty(PROPERTY, previous);
        }
    }
}
