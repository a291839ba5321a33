(self.SURVEYOR_SEARCH||(self.SURVEYOR_SEARCH={}))["g-4"]={"p":"BhChLChdiFBJUDhIQYhEFWJbG"};
