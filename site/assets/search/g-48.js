(self.SURVEYOR_SEARCH||(self.SURVEYOR_SEARCH={}))["g-48"]={"p":"dQhIhGjMNhEibFhAhC"};
