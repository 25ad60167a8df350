package id.sopflow.deployment;

import id.sopflow.StartupProblem;

/** A diagram or form that cannot be deployed; the message names the file, the place in it and the problem. */
public class InvalidModelFileException extends StartupProblem {

    public InvalidModelFileException(String message) {
        super(message, "Perbaiki berkas tersebut (misalnya di Camunda Modeler) lalu jalankan aplikasi lagi. "
                + "Tidak ada yang dideploy; proses yang sedang berjalan tidak terpengaruh.");
    }
}
