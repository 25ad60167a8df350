/**
 * From a Permenpan-format SOP table (the paper's rows, actor columns and mutu baku) to a running process, without
 * Java, and back to paper.
 *
 * <p>{@link id.sopflow.soptable.SopTable} is the one model between the pieces: a reader turns a spreadsheet (XLSX or
 * CSV) into it and lists every problem at once in Bahasa Indonesia; a generator turns it into
 * {@code processes/<key>.bpmn}, one Camunda Form per row and the SOP's entry of the organisation file. Nothing here
 * knows a particular SOP: the four SOPs of the seeds and any new one are tables under {@code sop-tabel/}.
 */
package id.sopflow.soptable;
