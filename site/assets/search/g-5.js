(self.SURVEYOR_SEARCH||(self.SURVEYOR_SEARCH={}))["g-5"]={"p":"BhChLChdiFBJUDhIQYhEFWJbG"};
