package com.unggulaxiom.hub.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The container's error page (declared in {@code web.xml}): whatever status the container itself produced
 * (no static file, wrong method on a file, a failed authentication, a servlet fault) becomes a problem answer
 * instead of the server's HTML page.
 */
@WebServlet(name = "error-page", urlPatterns = ErrorPageServlet.PATH)
public class ErrorPageServlet extends HttpServlet {

    static final String PATH = "/error-page";

    private static final Logger LOG = Logger.getLogger(ErrorPageServlet.class.getName());

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        int status = response.getStatus();
        if (request.getDispatcherType() != DispatcherType.ERROR) {
            // Reached by its own address: there is nothing here.
            status = HttpServletResponse.SC_NOT_FOUND;
        } else if (request.getAttribute(RequestDispatcher.ERROR_EXCEPTION) instanceof Throwable failure) {
            LOG.log(Level.SEVERE, "Unexpected failure while answering " + request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI), failure);
            status = HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
        }
        StatusProblems.forStatus(status < 400 ? 500 : status).writeTo(response);
    }
}
