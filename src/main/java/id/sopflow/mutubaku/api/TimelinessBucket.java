package id.sopflow.mutubaku.api;

/**
 * One row of the timeliness query: the completed steps with a due date of one SOP step in one tenant that ended in
 * one clock hour (the database's local time, which is the server's), how many there were and how many ended by their
 * due date. An hour is the coarsest grouping that still falls wholly inside one day in every organisation's zone
 * (Indonesia's zones are whole hours apart), so the period and the months are decided per zone afterwards, exactly.
 * MyBatis fills it.
 */
public class TimelinessBucket {

    private String sop;
    private String stepId;
    private String stepName;
    private String tenantId;
    private int year;
    private int month;
    private int day;
    private int hour;
    private long finished;
    private long onTime;

    public String getSop() {
        return sop;
    }

    public void setSop(String sop) {
        this.sop = sop;
    }

    public String getStepId() {
        return stepId;
    }

    public void setStepId(String stepId) {
        this.stepId = stepId;
    }

    public String getStepName() {
        return stepName;
    }

    public void setStepName(String stepName) {
        this.stepName = stepName;
    }

    public String getTenantId() {
        return tenantId;
    }

    public void setTenantId(String tenantId) {
        this.tenantId = tenantId;
    }

    public int getYear() {
        return year;
    }

    public void setYear(int year) {
        this.year = year;
    }

    public int getMonth() {
        return month;
    }

    public void setMonth(int month) {
        this.month = month;
    }

    public int getDay() {
        return day;
    }

    public void setDay(int day) {
        this.day = day;
    }

    public int getHour() {
        return hour;
    }

    public void setHour(int hour) {
        this.hour = hour;
    }

    public long getFinished() {
        return finished;
    }

    public void setFinished(long finished) {
        this.finished = finished;
    }

    public long getOnTime() {
        return onTime;
    }

    public void setOnTime(long onTime) {
        this.onTime = onTime;
    }
}
