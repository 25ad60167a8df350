package id.sopflow.formcontract;

import java.nio.charset.StandardCharsets;

import org.camunda.bpm.engine.impl.variable.serializer.AbstractTypedValueSerializer;
import org.camunda.bpm.engine.impl.variable.serializer.ValueFields;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.impl.value.UntypedValueImpl;
import org.camunda.bpm.engine.variable.type.ValueType;
import org.camunda.bpm.engine.variable.value.StringValue;
import org.camunda.bpm.engine.variable.value.TypedValue;

/**
 * Stores a String longer than the engine's text column ({@code TEXT_}, 4000 characters) in the engine's byte-array
 * table instead, so a long text (a report's description, a 20,000-character draft SK) is saved whole rather than
 * failing with a database error. It stays a String for everyone reading it (REST, forms, delegates); only queries
 * by value do not see it, which no sopflow query does on such texts. Shorter Strings keep the engine's own
 * serializer, so nothing changes for them.
 */
final class LongTextSerializer extends AbstractTypedValueSerializer<StringValue> {

    /** The length of {@code TEXT_} in every database schema of Camunda 7. */
    static final int TEXT_COLUMN_LENGTH = 4000;
    static final String NAME = "sopflow-long-string";

    LongTextSerializer() {
        super(ValueType.STRING);
    }

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    protected boolean canWriteValue(TypedValue value) {
        return value.getValue() instanceof String text && text.length() > TEXT_COLUMN_LENGTH;
    }

    @Override
    public StringValue convertToTypedValue(UntypedValueImpl untypedValue) {
        return Variables.stringValue((String) untypedValue.getValue(), untypedValue.isTransient());
    }

    @Override
    public void writeValue(StringValue value, ValueFields valueFields) {
        valueFields.setByteArrayValue(value.getValue().getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public StringValue readValue(ValueFields valueFields, boolean deserializeValue, boolean asTransientValue) {
        byte[] bytes = valueFields.getByteArrayValue();
        return Variables.stringValue(bytes == null ? null : new String(bytes, StandardCharsets.UTF_8),
                asTransientValue);
    }
}
